//! The recruiters' app's entry point (see `staff.html`).

fn main() {
    console_error_panic_hook::set_once();
    handen_app::staff::start();
}
