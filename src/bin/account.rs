//! The self-service app's entry point (see `account.html`).

fn main() {
    console_error_panic_hook::set_once();
    handen_app::account::start();
}
