using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NavLederprogram.Competence;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

/// <summary>The competence grants of the settings, as one JSON document.</summary>
internal static class GrantDocument
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(List<CompetenceGrant> grants) => JsonSerializer.Serialize(grants, Options);

    public static List<CompetenceGrant> Read(string json) => JsonSerializer.Deserialize<List<CompetenceGrant>>(json, Options) ?? [];

    public static readonly ValueComparer<List<CompetenceGrant>> Comparer = new(
        (a, b) => (a == null ? null : Write(a)) == (b == null ? null : Write(b)),
        v => Write(v).GetHashCode(),
        v => Read(Write(v)));
}
