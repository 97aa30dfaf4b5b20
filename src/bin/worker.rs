//! The fit worker's entry point (see `handen_app::worker`).

fn main() {
    console_error_panic_hook::set_once();
    handen_app::worker::start();
}
