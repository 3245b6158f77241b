using NavLederprogram.HttpApi.Host;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var app = await NavLederprogramHost.BuildAsync(args);
    await app.RunAsync();
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The host stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}
