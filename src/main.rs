fn main() {
    console_error_panic_hook::set_once();
    handen_app::start();
}
