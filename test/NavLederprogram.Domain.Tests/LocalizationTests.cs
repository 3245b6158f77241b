using System.Reflection;
using NavLederprogram.Localization;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class LocalizationTests
{
    [Fact]
    public void The_three_cultures_have_exactly_the_same_keys()
    {
        var nb = LocalizationTexts.All("nb").Keys.ToHashSet();
        foreach (var culture in new[] { "nn", "en" })
        {
            var other = LocalizationTexts.All(culture).Keys.ToHashSet();
            nb.Except(other).ShouldBeEmpty($"missing in {culture}");
            other.Except(nb).ShouldBeEmpty($"missing in nb (present in {culture})");
        }
    }

    [Fact]
    public void No_text_is_empty()
    {
        foreach (var culture in LocalizationTexts.Cultures)
            LocalizationTexts.All(culture).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty(culture);
    }

    [Fact]
    public void Every_error_code_has_a_text()
    {
        var codes = typeof(NavLederprogramErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).ToList();
        codes.ShouldNotBeEmpty();
        codes.Where(c => !LocalizationTexts.All("nb").ContainsKey(c)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("nn-NO", "nn")]
    [InlineData("en-GB", "en")]
    [InlineData("nb-NO", "nb")]
    [InlineData("no", "nb")]
    [InlineData("de-DE", "nb")]
    [InlineData(null, "nb")]
    public void Requested_cultures_map_to_one_we_have_with_bokmal_as_fallback(string? requested, string expected) =>
        LocalizationTexts.Normalize(requested).ShouldBe(expected);

    [Fact]
    public void Texts_are_formatted_in_the_requested_language()
    {
        LocalizationTexts.Get("Validation:MaxLength", "nn", 128).ShouldBe("Kan ha høgst 128 teikn.");
        LocalizationTexts.Get("Validation:MaxLength", "en", 128).ShouldBe("Can have at most 128 characters.");
    }
}

public class ScheduleTextTests
{
    [Theory]
    [InlineData("0 30 2 * * ?", "nb", "Hver natt kl. 02:30")]
    [InlineData("0 30 2 * * ?", "nn", "Kvar natt kl. 02:30")]
    [InlineData("0 30 2 * * ?", "en", "Every night at 02:30")]
    [InlineData("0 0 6 * * ?", "nn", "Kvar dag kl. 06:00")]
    [InlineData("0 15 * * * ?", "nb", "Hver time, 15 minutter over")]
    [InlineData("0 0 * * * ?", "en", "Every hour on the hour")]
    [InlineData("0 0/5 * * * ?", "nb", "Hvert 5. minutt")]
    [InlineData("0 */15 * * * ?", "en", "Every 15 minutes")]
    [InlineData("0/10 * * * * ?", "nn", "Kvart 10. sekund")]
    [InlineData("0 0 8 ? * MON", "nn", "Kvar måndag kl. 08:00")]
    [InlineData("0 0 8 ? * 7", "en", "Every Saturday at 08:00")]
    [InlineData("0 0 12 1 * ?", "en", "Custom schedule (0 0 12 1 * ?)")]
    [InlineData("not a cron", "nb", "Egen tidsplan (not a cron)")]
    public void Cron_expressions_read_as_plain_words(string cron, string culture, string expected) =>
        NavLederprogram.Scheduling.ScheduleText.FromCron(cron, culture).ShouldBe(expected);

    [Theory]
    [InlineData(10, "nb", "Hvert 10. sekund")]
    [InlineData(60, "en", "Every minute")]
    [InlineData(7200, "nn", "Kvar 2. time")]
    public void Intervals_read_as_plain_words(int seconds, string culture, string expected) =>
        NavLederprogram.Scheduling.ScheduleText.FromInterval(TimeSpan.FromSeconds(seconds), culture).ShouldBe(expected);
}
