using NavLederprogram.Identity;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

/// <summary>The password policy of NIST SP 800-63B: length, no common or breached password, no user name; no composition rules.</summary>
public class PasswordPolicyTests
{
    private static readonly AppUser User = new(Guid.NewGuid(), "kari.nordmann", "kari.nordmann@nav.no", "Kari Nordmann");

    private static string[] Codes(string password) => [.. PasswordPolicyValidator.Validate(User, password).Errors.Select(e => e.Code)];

    [Theory]
    [InlineData("blåbær på fjellet i august")]
    [InlineData("correct horse battery staple")]
    [InlineData("alllowercaseandnothingelse")]
    public void A_long_passphrase_is_accepted_without_digits_capitals_or_symbols(string password) => Codes(password).ShouldBeEmpty();

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("QazWsxEdcRfv")]
    public void A_common_or_breached_password_is_refused_whatever_its_case(string password) =>
        Codes(password).ShouldBe([PasswordPolicyValidator.Common]);

    [Theory]
    [InlineData("kari.nordmann sitt passord")]
    [InlineData("mitt navn er KARI.NORDMANN")]
    public void A_password_containing_the_user_name_or_email_is_refused(string password) =>
        Codes(password).ShouldBe([PasswordPolicyValidator.ContainsName]);

    [Fact]
    public void Length_counts_characters_as_typed_from_12_to_128()
    {
        Codes("elleve tegn").ShouldBe([PasswordPolicyValidator.TooShort]);
        Codes("ærlig åpen øy").ShouldBeEmpty();
        // Composed and decomposed å are one character each.
        Codes("a\u030Aa\u030Aa\u030Aa\u030Aa\u030Aa\u030Aa\u030Aa\u030Aa\u030Aa\u030Aa\u030A").ShouldBe([PasswordPolicyValidator.TooShort]);
        Codes(new string('x', 120) + " og mer").ShouldBeEmpty();
        Codes(new string('x', 129)).ShouldBe([PasswordPolicyValidator.TooLong]);
        Codes("").ShouldBe([PasswordPolicyValidator.TooShort]);
    }

    [Fact]
    public void The_reason_is_told_in_the_readers_language()
    {
        var error = PasswordPolicyValidator.Validate(User, "kort").Errors.Single();
        NavLederprogram.Localization.LocalizationTexts.Get(error.Code, "nn", PasswordPolicyValidator.MinLength, PasswordPolicyValidator.MaxLength)
            .ShouldBe("Passordet må ha minst 12 teikn.");
    }
}
