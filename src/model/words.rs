//! Normalization of links shared by the model, imports and analyses. (Words for people live
//! in the catalogue: see `crate::text::i18n`.)

/// A link without what does not tell two addresses apart: surrounding spaces, the scheme,
/// "www." (in any case) and trailing slashes. Compare the result ignoring case. Allocates
/// nothing, so it serves scans of every contact.
pub fn bare_link(link: &str) -> &str {
    let mut link = link.trim();
    for prefix in ["https://", "http://", "www."] {
        if link
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
        {
            link = &link[prefix.len()..];
        }
    }
    link.trim_end_matches('/')
}

/// A profile's address: the bare link without its query or fragment ("?trk=…"), which
/// LinkedIn adds to the same profile in many ways.
pub fn bare_profile_link(link: &str) -> &str {
    let link = bare_link(link);
    link.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_lose_scheme_www_and_slashes_and_profiles_their_query() {
        assert_eq!(bare_link(" HTTPS://WWW.Example.com/a/ "), "Example.com/a");
        assert_eq!(bare_link("example.com/?q=1"), "example.com/?q=1");
        assert_eq!(
            bare_profile_link("https://www.linkedin.com/in/anna-k/?trk=abc#top"),
            "linkedin.com/in/anna-k"
        );
        assert_eq!(
            bare_profile_link("www.linkedin.com/in/é/"),
            "linkedin.com/in/é"
        );
        assert_eq!(bare_link(""), "");
    }
}
