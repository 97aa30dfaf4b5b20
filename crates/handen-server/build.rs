fn main() {
    // `sqlx::migrate!` embeds the migrations: a new one must rebuild the server.
    println!("cargo:rerun-if-changed=migrations");
}
