using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NavLederprogram.LoadBench;

/// <summary>
/// The simultaneous enrolment check against the running host: a KS admin creates a cohort with 20 seats and
/// nominates 200 leaders at once; exactly 20 must be seated and 180 waitlisted, in the order they were served.
/// </summary>
public sealed class EnrolmentCheck(Uri host, string ksAdminToken)
{
    public async Task<string> RunAsync(IReadOnlyList<Guid> nominees, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ksAdminToken);
        var versions = await client.GetFromJsonAsync<JsonElement>("/api/programme/versions", ct);
        var versionId = versions.EnumerateArray().First(v => v.GetProperty("status").GetString() == "Published")
            .GetProperty("id").GetGuid();
        var today = OsloTime.Today(TimeProvider.System);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        var created = await client.PostAsJsonAsync("/api/cohorts", new
        {
            programmeVersionId = versionId,
            name = $"Kull med tjue plasser {Guid.NewGuid():N}",
            capacity = 20,
            requiresApproval = false,
            enrolmentOpensOn = Day(0),
            enrolmentClosesOn = Day(10),
            startsOn = Day(20),
            endsOn = Day(120),
        }, ct);
        var cohortId = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        // Enrolment opens by the cohort's own milestone in Quartz.
        for (var i = 0; i < 300; i++)
        {
            var cohort = await client.GetFromJsonAsync<JsonElement>($"/api/cohorts/{cohortId}", ct);
            if (cohort.GetProperty("status").GetString() == "EnrolmentOpen") break;
            await Task.Delay(200, ct);
        }

        var responses = await Task.WhenAll(nominees.Select(personId =>
            client.PostAsJsonAsync($"/api/cohorts/{cohortId}/nominations", new { personId }, ct)));
        var failed = responses.Count(r => !r.IsSuccessStatusCode);
        var enrolments = (await client.GetFromJsonAsync<JsonElement>($"/api/cohorts/{cohortId}/enrolments", ct)).EnumerateArray().ToList();
        var seated = enrolments.Count(e => e.GetProperty("status").GetString() == "Enrolled");
        var waitlisted = enrolments.Where(e => e.GetProperty("status").GetString() == "Waitlisted").ToList();
        static long Placement(JsonElement e) => e.GetProperty("placementNumber").GetInt64();
        var inOrder = enrolments.Select(Placement).Order().SequenceEqual(Enumerable.Range(1, nominees.Count).Select(n => (long)n))
            && waitlisted.OrderBy(e => e.GetProperty("waitlistPosition").GetInt32()).Select(Placement)
                .SequenceEqual(Enumerable.Range(21, waitlisted.Count).Select(n => (long)n));
        var ok = failed == 0 && seated == 20 && waitlisted.Count == nominees.Count - 20 && inOrder;
        return $"{(ok ? "PASS" : "FAIL")}: {nominees.Count} simultaneous nominations, {seated} seated, {waitlisted.Count} waitlisted, " +
            $"{failed} refused, placement order {(inOrder ? "kept" : "broken")}";
    }
}
