using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serilog.Core;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Traces go to the collector an operator names, and every log line names the trace it belongs to.</summary>
[Collection(HostCollection.Name)]
public class TelemetryTests(NavLederprogramFactory factory)
{
    private const int ServerKind = 2;

    [Fact]
    public async Task A_collector_receives_the_span_of_an_api_request_under_the_trace_id_of_its_log_line()
    {
        await using var collector = new OtlpReceiver();
        var log = new CapturedLog();
        await using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Serilog:MinimumLevel:Default", "Information");
            b.UseSetting("OpenTelemetry:OtlpEndpoint", collector.Endpoint);
            b.UseSetting("OpenTelemetry:OtlpProtocol", "http/protobuf");
            b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log));
        });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.AccessTokenForAsync("leder"));

        var response = await client.GetAsync("/api/identity/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var line = log.RequestLines("/api/identity/me").ShouldHaveSingleItem();
        var traceId = line.TraceId!.Value.ToHexString();
        host.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush().ShouldBeTrue();

        var spans = await collector.SpansOfTraceAsync(traceId, s => s.Any(x => x.Kind == ServerKind) && s.Any(IsDatabase), TimeSpan.FromSeconds(30));
        var server = spans.Single(s => s.Kind == ServerKind);
        server.Name.ShouldBe("GET /api/identity/me");
        server.Attributes["http.response.status_code"].ShouldBe("200");
        server.SpanId.ShouldBe(line.SpanId!.Value.ToHexString(), "the request line is written inside the request's own span");
        spans.Any(IsDatabase).ShouldBeTrue("the statements the request ran are spans of the same trace");
        collector.Paths.ShouldContain("/v1/metrics");
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_collected()
    {
        factory.Services.GetService<TracerProvider>().ShouldBeNull();
        factory.Services.GetService<MeterProvider>().ShouldBeNull();
    }

    private static bool IsDatabase(OtlpReceiver.ReceivedSpan span) =>
        span.Attributes.ContainsKey("db.system") || span.Attributes.ContainsKey("db.system.name");
}
