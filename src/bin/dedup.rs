//! The duplicate finder's entry point: a Web Worker started by the
//! clean-list page (see `handen_app::dedup_worker`).

fn main() {
    console_error_panic_hook::set_once();
    handen_app::dedup_worker::start();
}
