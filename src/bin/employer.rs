//! The employers' app's entry point (see `employer.html`).

fn main() {
    console_error_panic_hook::set_once();
    handen_app::employer::start();
}
