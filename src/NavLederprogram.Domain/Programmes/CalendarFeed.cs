using System.Security.Cryptography;
using System.Text;
using NavLederprogram.Entities;

namespace NavLederprogram.Programmes;

/// <summary>
/// A user's private calendar subscription: anyone holding its secret address can read the user's gatherings and
/// deadlines, so the address is a random token. The token is looked up by its SHA-256 hash; the owner's copy of the
/// address is kept encrypted (by the application, with the host's data-protection keys, which do not live in the
/// database), so that a copy of the database alone opens no one's calendar. A user has at most one active feed;
/// renewing revokes the old address at once.
/// </summary>
public class CalendarFeed : AuditedAggregateRoot
{
    /// <summary>Bytes of randomness in a token: 256 bits.</summary>
    public const int TokenBytes = 32;
    public const int TokenHashLength = 64;
    public const int MaxProtectedTokenLength = 1000;

    public Guid UserId { get; private set; }
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; private set; } = "";
    /// <summary>The token encrypted for its owner to see again; null when it could not be kept.</summary>
    public string? ProtectedToken { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    private CalendarFeed() { }

    private CalendarFeed(Guid id, Guid userId, string tokenHash, string? protectedToken, DateTime now) : base(id)
    {
        UserId = userId;
        TokenHash = tokenHash;
        ProtectedToken = protectedToken;
        CreatedAt = now;
    }

    /// <summary>A new feed with a fresh token. The plain token is returned once, to build the address from.</summary>
    public static (CalendarFeed Feed, string Token) Create(Guid userId, Func<string, string?> protect, DateTime now)
    {
        var token = NewToken();
        return (new CalendarFeed(Guid.CreateVersion7(), userId, HashToken(token), protect(token), now), token);
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    /// <summary>URL-safe base64 without padding: 43 characters.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a string can be a token at all, so that nonsense is refused without a database look-up.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: > 20 and < 100 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
