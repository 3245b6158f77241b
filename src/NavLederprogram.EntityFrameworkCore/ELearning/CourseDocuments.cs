using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NavLederprogram.Competence;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.Data;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>
/// A version's lessons and grants as JSON documents in its row (see <see cref="DomainJson"/>): they are read and written
/// whole with the version, and a published version never changes.
/// </summary>
internal static class CourseDocuments
{
    private static readonly JsonSerializerOptions Options = DomainJson.OptionsFor(typeof(Lesson).Namespace!);

    public static string WriteLessons(IReadOnlyList<Lesson> lessons) => JsonSerializer.Serialize(lessons, Options);

    public static List<Lesson> ReadLessons(string json) => JsonSerializer.Deserialize<List<Lesson>>(json, Options) ?? [];

    public static string WriteGrants(List<CompetenceGrant> grants) => JsonSerializer.Serialize(grants, Options);

    public static List<CompetenceGrant> ReadGrants(string json) => JsonSerializer.Deserialize<List<CompetenceGrant>>(json, Options) ?? [];

    /// <summary>Lessons change in place, so a change is seen by comparing the documents.</summary>
    public static readonly ValueComparer<IReadOnlyList<Lesson>> LessonsComparer = new(
        (a, b) => (a == null ? null : WriteLessons(a)) == (b == null ? null : WriteLessons(b)),
        v => WriteLessons(v).GetHashCode(),
        v => ReadLessons(WriteLessons(v)));

    public static readonly ValueComparer<List<CompetenceGrant>> GrantsComparer = new(
        (a, b) => (a == null ? null : WriteGrants(a)) == (b == null ? null : WriteGrants(b)),
        v => WriteGrants(v).GetHashCode(),
        v => ReadGrants(WriteGrants(v)));
}
