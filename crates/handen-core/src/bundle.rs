//! Which browser app shows a page. Handen is four Trunk builds, so that no
//! app's first load carries another's pages: the sign-up (`dist/`), the
//! self-service pages (`dist/account/`), the recruiters' tools
//! (`dist/staff/`) and the employers' and administrators' pages
//! (`dist/employers/`). The server serves each path the matching `index.html`,
//! and each app's router leaves the other apps' links to the browser; both
//! ask this one function.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    SignUp,
    Account,
    Staff,
    Employer,
}

/// The first path segments of the self-service pages.
const ACCOUNT_PAGES: [&str; 4] = ["sign-in", "my", "still-available", "confirm-email"];
/// The first path segments of the recruiters' pages.
const STAFF_PAGES: [&str; 1] = ["clean-list"];
/// The first path segments of the employers' and administrators' pages.
const EMPLOYER_PAGES: [&str; 2] = ["employer", "admin"];

impl Bundle {
    /// The app that shows `path` (a query or fragment may follow); every
    /// path no other app claims is the sign-up app's, including its
    /// not-found page.
    pub fn for_path(path: &str) -> Bundle {
        let first = path
            .trim_start_matches('/')
            .split(['/', '?', '#'])
            .next()
            .unwrap_or_default();
        if ACCOUNT_PAGES.contains(&first) {
            Bundle::Account
        } else if STAFF_PAGES.contains(&first) {
            Bundle::Staff
        } else if EMPLOYER_PAGES.contains(&first) {
            Bundle::Employer
        } else {
            Bundle::SignUp
        }
    }

    pub fn owns(self, path: &str) -> bool {
        Bundle::for_path(path) == self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_belong_to_one_app() {
        for path in [
            "/sign-in",
            "/my",
            "/my/pause",
            "/still-available",
            "/confirm-email?x#y",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Account, "{path}");
        }
        for path in ["/clean-list", "/clean-list/", "/clean-list?x=1#y"] {
            assert_eq!(Bundle::for_path(path), Bundle::Staff, "{path}");
        }
        for path in [
            "/employer",
            "/employer/sign-in#token=abc",
            "/employer/requests/abc",
            "/admin",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Employer, "{path}");
        }
        for path in [
            "/",
            "",
            "/sign-up",
            "/sign-up/name",
            "/myself",
            "/about",
            "/my-x",
            "/clean-lists",
            "/employers",
            "/no/such/page",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::SignUp, "{path}");
        }
        assert!(Bundle::Staff.owns("/clean-list"));
        assert!(!Bundle::SignUp.owns("/clean-list"));
    }
}
