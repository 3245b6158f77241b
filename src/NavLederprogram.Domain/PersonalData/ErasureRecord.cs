using System.Text.Json;
using NavLederprogram.Privacy;

namespace NavLederprogram.PersonalData;

/// <summary>
/// The record that a person was erased: when, by whom, under which retention rules, and what happened per kind. It names the
/// person only by their id, which after the erasure leads to an anonymised row; never by name, e-mail or employee number.
/// Written once, never changed.
/// </summary>
public sealed class ErasureRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; private set; }
    public DateTime ErasedAt { get; private set; }
    public Guid? ErasedByUserId { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>The retention rules in force (rule → years), as JSON.</summary>
    public string Retention { get; private set; } = "";
    /// <summary>What was done per module and kind (<see cref="ErasureStep"/>s), as JSON.</summary>
    public string Steps { get; private set; } = "";

    private ErasureRecord() { }

    public ErasureRecord(Guid id, DateTime erasedAt, Guid? erasedByUserId, Guid personId, IReadOnlyDictionary<string, int> retention,
        IReadOnlyList<ErasureStep> steps)
    {
        (Id, ErasedAt, ErasedByUserId, PersonId) = (id, erasedAt, erasedByUserId, personId);
        Retention = JsonSerializer.Serialize(retention, Json);
        Steps = JsonSerializer.Serialize(steps, Json);
    }

    public IReadOnlyDictionary<string, int> ReadRetention() => JsonSerializer.Deserialize<Dictionary<string, int>>(Retention, Json) ?? [];

    public IReadOnlyList<ErasureStep> ReadSteps() => JsonSerializer.Deserialize<List<ErasureStep>>(Steps, Json) ?? [];
}
