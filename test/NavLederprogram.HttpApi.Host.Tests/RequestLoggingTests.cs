using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The line each request writes obeys the logging configuration like every other line, so an operator can turn it down.</summary>
[Collection(HostCollection.Name)]
public class RequestLoggingTests(NavLederprogramFactory factory)
{
    [Theory]
    [InlineData("Information", null, true)]
    [InlineData("Warning", null, false)]
    [InlineData("Information", "Warning", false)]
    public async Task A_request_writes_its_line_only_where_the_configured_level_lets_it(string minimumLevel, string? requestLevel, bool written)
    {
        var log = new CapturedLog();
        await using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Serilog:MinimumLevel:Default", minimumLevel);
            if (requestLevel is not null) b.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", requestLevel);
            b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log));
        });

        var response = await host.CreateClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = log.RequestLines("/health/live");
        if (written)
        {
            var line = lines.ShouldHaveSingleItem();
            CapturedLog.Text(line, "StatusCode").ShouldBe("200");
            line.TraceId.ShouldNotBeNull("every line carries the trace id of its request");
        }
        else
        {
            lines.ShouldBeEmpty();
        }
    }
}
