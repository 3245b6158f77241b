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
