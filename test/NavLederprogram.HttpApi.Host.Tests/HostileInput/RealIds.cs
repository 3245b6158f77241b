using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;

namespace NavLederprogram.HttpApi.Host.Tests.HostileInput;

/// <summary>
/// Ids that exist in the database, by kind: every table's rows by entity name, and items kept as JSON inside a row
/// (a cohort's sessions, a version's modules) by the singular of their collection's name, with the row they belong to.
/// </summary>
public sealed class RealIds
{
    public static readonly RealIds None = new([], []);

    /// <summary>
    /// Kinds whose names do not follow from the route: "versions" are programme versions, not requirement versions; a course's
    /// lessons are kept as JSON in their version's row, and a quiz's questions in the quiz's row, where the walk below files
    /// their ids under the row's kind; "mine" under evaluations names an evaluation.
    /// </summary>
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["Version"] = "ProgrammeVersion",
        ["FacilitatorUser"] = "AppUser",
        ["Lesson"] = "CourseVersion",
        ["Quizze"] = "Quiz",
        ["Question"] = "Quiz",
        // /api/evaluations/mine/{id}: the caller's own evaluations.
        ["Mine"] = "Evaluation",
        // A free-text answer's key is a hash, stored nowhere: any real id stands in for one.
        ["AnswerKey"] = "Evaluation",
    };

    /// <summary>Kinds kept as JSON items in a table's rows, known even while the table is empty: a course version's lessons.</summary>
    private static readonly Dictionary<string, string[]> ItemKinds = new() { ["CourseVersion"] = ["Lesson"], ["DevelopmentPlan"] = ["Goal"] };

    private readonly Dictionary<string, List<(Guid Id, Guid Row)>> _byKind;
    private readonly Dictionary<Guid, string> _stamps;

    private RealIds(Dictionary<string, List<(Guid Id, Guid Row)>> byKind, Dictionary<Guid, string> stamps)
    {
        _byKind = byKind;
        _stamps = stamps;
    }

    public bool IsKnownKind(string kind) => Resolve(kind) is not null;

    public string? StampOf(Guid id) => _stamps.GetValueOrDefault(id);

    /// <summary>An id of the kind, preferably one that belongs to an id already chosen for the same route.</summary>
    public Guid? Pick(string kind, IReadOnlyList<Guid> chosen)
    {
        if (Resolve(kind) is not { } key) return null;
        var list = _byKind[key];
        return list.Where(e => chosen.Contains(e.Row) && !chosen.Contains(e.Id)).Select(e => (Guid?)e.Id).FirstOrDefault() ?? list.Select(e => (Guid?)e.Id).FirstOrDefault();
    }

    /// <summary>For a route with several ids: a first id that has items of each following kind, so that the handler gets past its lookups.</summary>
    public Guid? PickParent(string kind, IReadOnlyList<string> childKinds)
    {
        if (Resolve(kind) is not { } key) return null;
        var children = childKinds.Select(Resolve).Where(k => k is not null).Select(k => _byKind[k!].Select(e => e.Row).ToHashSet()).ToList();
        var list = _byKind[key];
        return list.Where(e => children.All(c => c.Contains(e.Id))).Select(e => (Guid?)e.Id).FirstOrDefault() ?? list.Select(e => (Guid?)e.Id).FirstOrDefault();
    }

    /// <summary>The kind a name stands for where the route's spelling differs ("Quizze" is a quiz).</summary>
    public static string Canonical(string kind) => Aliases.GetValueOrDefault(kind, kind);

    private string? Resolve(string kind)
    {
        if (Aliases.TryGetValue(kind, out var alias)) kind = alias;
        if (_byKind.ContainsKey(kind)) return kind;
        var candidates = _byKind.Keys.Where(k => k.EndsWith(kind, StringComparison.Ordinal)).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    public static string KindFromName(string parameter)
    {
        var name = parameter.EndsWith("Ids", StringComparison.Ordinal) ? parameter[..^3] : parameter.EndsWith("Id", StringComparison.Ordinal) ? parameter[..^2] : parameter;
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    public static string KindFromSegment(string segment)
    {
        if (segment.StartsWith("my-", StringComparison.Ordinal)) segment = segment[3..];
        var pascal = string.Concat(segment.Split('-').Where(s => s.Length > 0).Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
        return Singular(pascal);
    }

    private static string Singular(string plural) =>
        plural == "People" ? "Person"
        : plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
        : plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) ? plural[..^1]
        : plural;

    public static async Task<RealIds> LoadAsync(IServiceProvider services)
    {
        var byKind = new Dictionary<string, List<(Guid, Guid)>>();
        var stamps = new Dictionary<Guid, string>();
        void Add(string kind, Guid id, Guid row)
        {
            if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = [];
            if (!list.Contains((id, row))) list.Add((id, row));
        }
        await foreach (var table in Tables.ReadAsync(services, new HashSet<string>()))
        {
            byKind.TryAdd(table.Entity, []);
            foreach (var itemKind in ItemKinds.GetValueOrDefault(table.Entity, [])) byKind.TryAdd(itemKind, []);
            var idColumn = table.Columns.IndexOf("Id");
            var stampColumn = table.Columns.IndexOf("ConcurrencyStamp");
            foreach (var row in table.Rows)
            {
                if (idColumn < 0 || !Guid.TryParse(Convert.ToString(row[idColumn], CultureInfo.InvariantCulture), out var id)) continue;
                Add(table.Entity, id, id);
                if (stampColumn >= 0 && row[stampColumn] is string stamp) stamps[id] = stamp;
                for (var column = 0; column < row.Length; column++)
                {
                    if (row[column] is not string cell || !(cell.StartsWith('[') || cell.StartsWith('{'))) continue;
                    JsonNode? json;
                    try { json = JsonNode.Parse(cell); } catch (System.Text.Json.JsonException) { continue; }
                    Walk(json, table.Entity, id, Add);
                    // Items of a JSON column are also of the kind its name says: a course version's "Lessons" hold lessons.
                    if (json is JsonArray items)
                        foreach (var item in items.OfType<JsonObject>())
                            if (item["Id"] is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var itemId))
                                Add(Singular(table.Columns[column]), itemId, id);
                }
            }
        }
        return new RealIds(byKind, stamps);
    }

    private static void Walk(JsonNode? node, string collection, Guid row, Action<string, Guid, Guid> add)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Walk(item, collection, row, add);
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var guid))
                    {
                        if (name == "Id") add(Singular(collection), guid, row);
                        else if (name.EndsWith("Id", StringComparison.Ordinal)) add(name[..^2], guid, row);
                    }
                    else Walk(value, name, row, add);
                }
                break;
        }
    }
}

/// <summary>Every application table read through the host's own DbContext model, on any provider.</summary>
public static class Tables
{
    public sealed record Table(string Name, string Entity, List<string> Columns, List<object?[]> Rows);

    public static async IAsyncEnumerable<Table> ReadAsync(IServiceProvider services, IReadOnlySet<string> excluded)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && !e.IsOwned() && e.GetViewName() is null)
            .GroupBy(e => (Schema: e.GetSchema(), Name: e.GetTableName()!))
            .Select(g => (g.Key.Schema, g.Key.Name, Entity: g.OrderBy(e => e.BaseType is null ? 0 : 1).First().ClrType.Name))
            .Where(t => !excluded.Contains(t.Name))
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            foreach (var (schema, name, entity) in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {(schema is null ? "" : $"\"{schema}\".")}\"{name}\"";
                await using var reader = await command.ExecuteReaderAsync();
                var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
                var rows = new List<object?[]>();
                while (await reader.ReadAsync())
                {
                    var values = new object?[reader.FieldCount];
                    for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    rows.Add(values);
                }
                yield return new Table(name, entity, columns, rows);
            }
        }
        finally { await connection.CloseAsync(); }
    }

    /// <summary>Row counts and a hash of every value of every table, independent of row order.</summary>
    public static async Task<string> FingerprintAsync(IServiceProvider services, IReadOnlySet<string> excluded)
    {
        var result = new StringBuilder();
        await foreach (var table in ReadAsync(services, excluded))
        {
            var rows = table.Rows.Select(r => string.Join("\u001f", r.Select(Format))).Order(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001e", rows))))[..16];
            result.Append(table.Name).Append(':').Append(table.Rows.Count).Append(':').Append(hash).Append(' ');
        }
        return result.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "∅",
        byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
