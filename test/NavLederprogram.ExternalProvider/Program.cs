namespace NavLederprogram.ExternalProvider;

/// <summary>
/// Run on its own for end-to-end tests (etc/scripts/e2e-external-provider.sh):
/// <c>dotnet NavLederprogram.ExternalProvider.dll --urls http://127.0.0.1:5312 --Provider:RedirectUris:0=http://127.0.0.1:5302/signin-external</c>.
/// Not top-level statements: the HTTP tests reference this project beside the host, whose Program would clash.
/// </summary>
public static class ExternalProviderProgram
{
    public static async Task Main(string[] args) => await ExternalProviderServer.Build(args).RunAsync();
}
