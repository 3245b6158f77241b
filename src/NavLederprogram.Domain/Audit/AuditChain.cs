using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NavLederprogram.Audit;

/// <summary>How entries are linked: SHA-256 over a canonical serialisation of the entry's fields and the previous entry's hash.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry ever written.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(AuditEntry entry)
    {
        // Each field is written with its length, so that no two different entries serialise alike, whatever their texts hold.
        var text = new StringBuilder(256);
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, entry.OccurredAt.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture));
        Field(text, ((int)entry.Kind).ToString(CultureInfo.InvariantCulture));
        Field(text, entry.Action);
        Field(text, entry.ActorUserId?.ToString("N"));
        Field(text, entry.ActorClientId);
        Field(text, entry.RemoteAddress);
        Field(text, entry.SubjectPersonId?.ToString("N"));
        Field(text, entry.SubjectUserId?.ToString("N"));
        Field(text, entry.Target);
        Field(text, entry.Before);
        Field(text, entry.After);
        Field(text, entry.Detail);
        Field(text, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>True when the entry's stored hash is the one its fields and previous hash give.</summary>
    public static bool IsIntact(AuditEntry entry) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entry.Hash), Encoding.ASCII.GetBytes(HashOf(entry)));

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-;");
            return;
        }
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
