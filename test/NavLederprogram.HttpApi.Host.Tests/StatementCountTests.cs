using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Core;
using Serilog.Events;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class StatementCountTests(NavLederprogramFactory factory)
{
    private const string Header = "X-Db-Statements";

    [Fact]
    public async Task Every_answer_tells_how_many_SQL_statements_it_cost()
    {
        var api = await factory.ClientForAsync("ksadmin");
        var anonymous = factory.CreateClient();

        var health = await anonymous.GetAsync("/health/live");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        Statements(health).ShouldBe(0);

        var costOfOfficeList = await WarmCostAsync(api, "/api/organisation/offices");
        costOfOfficeList.ShouldBeGreaterThan(0);

        // Each request counts its own statements: the same read again costs the same, not the sum of both.
        for (var i = 0; i < 3; i++)
            Statements(await api.GetAsync("/api/organisation/offices")).ShouldBe(costOfOfficeList);

        // Error answers are counted too.
        var missing = await api.GetAsync($"/api/organisation/people/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Statements(missing).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_request_log_carries_the_count_and_the_header_is_left_out_unless_configured()
    {
        var api = await factory.ClientForAsync("ksadmin");
        var costOfOfficeList = await WarmCostAsync(api, "/api/organisation/offices");

        var log = new CollectingSink();
        await using var quiet = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("App:ExposeStatementCount", "false");
            b.ConfigureTestServices(s =>
                s.Configure<RequestLoggingOptions>(o => o.Logger = new LoggerConfiguration().WriteTo.Sink(log).CreateLogger()));
        });
        var client = quiet.CreateClient();
        client.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;

        await client.GetAsync("/api/organisation/offices");
        var response = await client.GetAsync("/api/organisation/offices");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains(Header).ShouldBeFalse();
        var line = log.Events.Last(e => e.Properties["RequestPath"].ToString() == "\"/api/organisation/offices\"");
        line.Properties["DbStatements"].ShouldBe(new ScalarValue(costOfOfficeList));
    }

    /// <summary>The cost of a read once what it caches is cached.</summary>
    private static async Task<int> WarmCostAsync(HttpClient client, string path)
    {
        (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return Statements(await client.GetAsync(path));
    }

    private static int Statements(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues(Header).Single(), System.Globalization.CultureInfo.InvariantCulture);

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<LogEvent> _events = new();
        public IEnumerable<LogEvent> Events => _events;
        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
