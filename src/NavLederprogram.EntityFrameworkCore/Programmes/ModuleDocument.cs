using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

/// <summary>A version's modules as one JSON document in its row (see <see cref="DomainJson"/>).</summary>
internal static class ModuleDocument
{
    private static readonly JsonSerializerOptions Options = DomainJson.OptionsFor(typeof(ProgrammeModule).Namespace!);

    public static string Write(IReadOnlyList<ProgrammeModule> modules) => JsonSerializer.Serialize(modules, Options);

    public static List<ProgrammeModule> Read(string json) => JsonSerializer.Deserialize<List<ProgrammeModule>>(json, Options) ?? [];

    /// <summary>Modules change in place, so a change is seen by comparing the documents.</summary>
    public static readonly ValueComparer<IReadOnlyList<ProgrammeModule>> Comparer = new(
        (a, b) => (a == null ? null : Write(a)) == (b == null ? null : Write(b)),
        v => Write(v).GetHashCode(),
        v => Read(Write(v)));
}
