using NavLederprogram.ExternalProvider;

// Run on its own for end-to-end tests: dotnet NavLederprogram.ExternalProvider.dll --urls http://127.0.0.1:5312
// --Provider:RedirectUris:0=http://127.0.0.1:5302/signin-external
var app = ExternalProviderServer.Build(args);
await app.RunAsync();
