using System.Text;
using Microsoft.AspNetCore.Identity;
using NavLederprogram.Localization;

namespace NavLederprogram.Identity;

/// <summary>
/// The password policy of NIST SP 800-63B: length rather than composition rules (at least 12 characters, at most 128, any
/// characters), and no password that is common or known from breaches, or that contains the user's name. Every password set
/// through <see cref="UserManager{TUser}"/> passes here: invites, resets and changes alike. Each error's code is a text key.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
    public const string TooShort = "Password:TooShort";
    public const string TooLong = "Password:TooLong";
    public const string Common = "Password:Common";
    public const string ContainsName = "Password:ContainsName";

    /// <summary>Parts of the user name or e-mail shorter than this are too common in passphrases to refuse them.</summary>
    private const int ShortestNamePart = 3;

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(Validate(user, password));

    public static IdentityResult Validate(AppUser user, string? password)
    {
        // Counted in characters as a person types them: "å" is one character whether composed or not.
        var normalized = (password ?? "").Normalize(NormalizationForm.FormKC);
        var length = normalized.EnumerateRunes().Count();
        if (length < MinLength) return Failed(TooShort, MinLength);
        if (length > MaxLength) return Failed(TooLong, MinLength, MaxLength);
        var lower = normalized.ToLowerInvariant();
        if (CommonPasswords.Value.Contains(lower)) return Failed(Common);
        if (NameParts(user).Any(part => lower.Contains(part, StringComparison.Ordinal))) return Failed(ContainsName);
        return IdentityResult.Success;
    }

    private static IEnumerable<string> NameParts(AppUser user) =>
        new[] { user.UserName, user.Email?.Split('@')[0] }
            .Where(p => p is { Length: >= ShortestNamePart })
            .Select(p => p!.Normalize(NormalizationForm.FormKC).ToLowerInvariant());

    private static IdentityResult Failed(string code, params object?[] args) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = LocalizationTexts.Get(code, null, args) });

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordPolicyValidator).Assembly.GetManifestResourceStream("Identity/common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith("#!", StringComparison.Ordinal)) set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
