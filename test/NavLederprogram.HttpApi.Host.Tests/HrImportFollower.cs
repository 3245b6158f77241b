using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Organisation;
using Shouldly;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Follows an accepted HR import the way its sender does: at the address the 202 gave, until it has finished.</summary>
internal static class HrImportFollower
{
    public static async Task<JsonElement> FinishedImportAsync(this NavLederprogramFactory factory, HttpClient sender, HttpResponseMessage accepted)
    {
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var location = accepted.Headers.Location!.ToString();
        // Without the scheduler the job is not running; its work is then done here, as the job would do it.
        if (!factory.RunsScheduledJobs)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HrImportRunner>().RunUnfinishedAsync(default);
        }
        for (var attempt = 0; ; attempt++)
        {
            var status = await sender.GetAsync(location).Expect();
            var state = status.GetProperty("state").GetString();
            if (state is nameof(HrImportState.Completed) or nameof(HrImportState.Failed) || attempt == 300) return status;
            await Task.Delay(100);
        }
    }
}
