; Carnet's Windows installer (NSIS 3), built by scripts/package-windows:
;   makensis -DVERSION=0.1.0 -DSTAGE=target/windows/carnet-0.1.0-windows-x86_64 -DOUTFILE=... carnet.nsi
;
; For everyone on the computer (Program Files, the machine's registry) when the user may
; administer it — Windows asks once —, otherwise for the current user alone, with no
; administrator's prompt (%LOCALAPPDATA%\Programs\Carnet): a job seeker's company laptop
; seldom grants admin rights. `/AllUsers` or `/CurrentUser` chooses; `/S` installs and
; uninstalls silently. Adds a Start menu entry, registers Carnet projects (.ron) and an entry
; in "Apps & features".
;
; A Carnet project is NAME.ron, and Windows tells file types apart by extension only: Carnet
; becomes the handler of .ron files when nothing else is (the icon, a double-click opens
; Carnet), and otherwise only joins ".ron > Open with", leaving the user's choice alone
; (ARCHITECTURE.md, "How a desktop knows a project"). Uninstalling takes back exactly that.
; The user's projects, recovery copies and settings are never removed.

; A 64-bit installer for a 64-bit program (it runs where carnet.exe runs, Wine without 32-bit
; support included).
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Carnet"
; Where a previous install went, and for whom, so that an update goes to the same place.
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\Carnet"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\Carnet"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include "MultiUser.nsh"
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "VERSION is required (-DVERSION=0.1.0)"
!endif
!ifndef STAGE
  !error "STAGE is required: the folder holding carnet.exe and the files installed beside it"
!endif
!ifndef OUTFILE
  !define OUTFILE "carnet-${VERSION}-setup.exe"
!endif

!define APP "Carnet"
!define PROGID "Carnet.Project"
!define CLASSES "Software\Classes"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Carnet"
!define SETTINGS_KEY "Software\Carnet"
; SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST): Explorer redraws the files' icons.
!define NOTIFY_ASSOCIATIONS "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "The Carnet developers"
VIAddVersionKey /LANG=0 "LegalCopyright" "© 2026 The Carnet developers (MIT OR Apache-2.0)"

!define MUI_ICON "carnet.ico"
!define MUI_UNICON "carnet.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(RunDemo)"
!define MUI_FINISHPAGE_RUN_FUNCTION OpenDemo

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

LangString RunDemo ${LANG_ENGLISH} "Open the demo project in Carnet"
LangString RunDemo ${LANG_FRENCH} "Ouvrir le projet de démonstration dans Carnet"
LangString ProjectType ${LANG_ENGLISH} "Carnet project"
LangString ProjectType ${LANG_FRENCH} "Projet Carnet"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; The finish page's box: the demo project, in the installer's language.
Function OpenDemo
  ${If} $LANGUAGE == ${LANG_FRENCH}
    Exec '"$INSTDIR\carnet.exe" "$INSTDIR\examples\demo-fr.ron"'
  ${Else}
    Exec '"$INSTDIR\carnet.exe" "$INSTDIR\examples\demo.ron"'
  ${EndIf}
FunctionEnd

Section "Carnet" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}\carnet.exe"
  File "${STAGE}\README.txt"
  File "${STAGE}\CHANGELOG.txt"
  File "${STAGE}\LICENSE.txt"
  File "${STAGE}\LICENSE-MIT.txt"
  File "${STAGE}\LICENSE-APACHE.txt"
  SetOutPath "$INSTDIR\examples"
  File "${STAGE}\examples\demo.ron"
  File "${STAGE}\examples\demo-fr.ron"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Carnet.lnk" "$INSTDIR\carnet.exe" "" "$INSTDIR\carnet.exe" 0 \
    SW_SHOWNORMAL "" "Map your professional network and the encounters that built trust"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" $MultiUser.InstallMode

  ; The project type (in the machine's classes, or the user's: SHCTX follows the install
  ; mode): its name, its icon, and a double-click that opens it in Carnet.
  WriteRegStr SHCTX "${CLASSES}\${PROGID}" "" "$(ProjectType)"
  WriteRegStr SHCTX "${CLASSES}\${PROGID}" "FriendlyTypeName" "$(ProjectType)"
  WriteRegStr SHCTX "${CLASSES}\${PROGID}\DefaultIcon" "" '"$INSTDIR\carnet.exe",0'
  WriteRegStr SHCTX "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\carnet.exe" "%1"'
  ; Carnet as an application Windows offers for .ron files.
  WriteRegStr SHCTX "${CLASSES}\Applications\carnet.exe" "FriendlyAppName" "${APP}"
  WriteRegStr SHCTX "${CLASSES}\Applications\carnet.exe\SupportedTypes" ".ron" ""
  WriteRegStr SHCTX "${CLASSES}\Applications\carnet.exe\shell\open\command" "" '"$INSTDIR\carnet.exe" "%1"'
  WriteRegStr SHCTX "${CLASSES}\.ron\OpenWithProgids" "${PROGID}" ""
  ; .ron opens in Carnet unless the user already has a program for it (HKCR merges the
  ; user's classes and the machine's).
  ReadRegStr $0 HKCR ".ron" ""
  ${If} $0 == ""
  ${OrIf} $0 == "${PROGID}"
    WriteRegStr SHCTX "${CLASSES}\.ron" "" "${PROGID}"
    WriteRegStr SHCTX "${CLASSES}\.ron" "Content Type" "application/x-carnet-project"
    WriteRegStr SHCTX "${CLASSES}\.ron" "PerceivedType" "text"
    WriteRegDWORD SHCTX "${SETTINGS_KEY}" "OpensRonFiles" 1
  ${EndIf}
  System::Call "${NOTIFY_ASSOCIATIONS}"

  ; "Apps & features": name, version, icon, size, and a silent uninstall.
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "The Carnet developers"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\carnet.exe",0'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "URLInfoAbout" "https://github.com/carnet-app/carnet"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ; In KiB, as "Apps & features" expects.
  SectionGetSize ${Main} $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Carnet.lnk"
  Delete "$INSTDIR\carnet.exe"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\CHANGELOG.txt"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\examples\demo.ron"
  Delete "$INSTDIR\examples\demo-fr.ron"
  RMDir "$INSTDIR\examples"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; .ron goes back to no program only if Carnet had it and still has it.
  ReadRegDWORD $1 SHCTX "${SETTINGS_KEY}" "OpensRonFiles"
  ReadRegStr $0 SHCTX "${CLASSES}\.ron" ""
  ${If} $1 == 1
  ${AndIf} $0 == "${PROGID}"
    DeleteRegValue SHCTX "${CLASSES}\.ron" ""
    DeleteRegValue SHCTX "${CLASSES}\.ron" "Content Type"
    DeleteRegValue SHCTX "${CLASSES}\.ron" "PerceivedType"
  ${EndIf}
  DeleteRegValue SHCTX "${CLASSES}\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "${CLASSES}\.ron\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "${CLASSES}\.ron"
  DeleteRegKey SHCTX "${CLASSES}\${PROGID}"
  DeleteRegKey SHCTX "${CLASSES}\Applications\carnet.exe"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  System::Call "${NOTIFY_ASSOCIATIONS}"
SectionEnd
