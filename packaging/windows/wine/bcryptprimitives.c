/* For the Wine test machine only (scripts/check-windows), never shipped.
 *
 * Every program built by Rust 1.78 or later imports ProcessPrng from bcryptprimitives.dll,
 * which Windows 10 and 11 have, and which Wine added only after 8.0 — the Wine of Debian 12.
 * Without it the loader refuses carnet.exe before a line of it runs. This stand-in gives the
 * test machine the one function, filled by RtlGenRandom (advapi32's SystemFunction036), the
 * source Rust's standard library used before ProcessPrng. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
