using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>
/// A quiz's question bank, and an attempt's questions, answers and results, as JSON documents in their row: they are
/// read and written whole with their aggregate. The records are immutable, so the documents are compared as text.
/// </summary>
internal static class QuizDocument<T>
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Write(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Options);

    public static List<T> Read(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];

    public static readonly ValueComparer<IReadOnlyList<T>> Comparer = new(
        (a, b) => (a == null ? null : Write(a)) == (b == null ? null : Write(b)),
        v => Write(v).GetHashCode(),
        v => Read(Write(v)));
}
