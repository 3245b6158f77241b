using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

/// <summary>A set's questions, or an evaluation's copy of them, as one JSON document in its row (see <see cref="DomainJson"/>).</summary>
internal static class QuestionDocument
{
    private static readonly JsonSerializerOptions Options = DomainJson.OptionsFor(typeof(EvaluationQuestion).Namespace!);

    public static string Write(IReadOnlyList<EvaluationQuestion> questions) => JsonSerializer.Serialize(questions, Options);

    public static List<EvaluationQuestion> Read(string json) => JsonSerializer.Deserialize<List<EvaluationQuestion>>(json, Options) ?? [];

    public static readonly ValueComparer<IReadOnlyList<EvaluationQuestion>> Comparer = new(
        (a, b) => (a == null ? null : Write(a)) == (b == null ? null : Write(b)),
        v => Write(v).GetHashCode(),
        v => Read(Write(v)));
}
