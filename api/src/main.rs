use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = utbyte_api::cli::Cli::parse();
    match utbyte_api::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
