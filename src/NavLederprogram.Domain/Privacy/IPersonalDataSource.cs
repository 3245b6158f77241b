namespace NavLederprogram.Privacy;

/// <summary>
/// What one module stores about a person, and how it is shown, exported and erased. Every module that stores personal data
/// implements it for its own tables; the personal data module asks all of them, so that an export or an erasure misses no module.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The module's name, as its texts are named.</summary>
    string Module { get; }

    /// <summary>The kinds of personal data the module stores: what the processing overview lists.</summary>
    IReadOnlyList<PersonalDataKind> Kinds { get; }

    /// <summary>
    /// Everything the module holds about the subject. Private texts (reflections, notes) are read as written only when
    /// <paramref name="includePrivateTexts"/> is set (the person's own export); otherwise an entry only says that one exists.
    /// </summary>
    Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct);

    /// <summary>What <see cref="EraseAsync"/> would do, per kind, without changing anything.</summary>
    Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct);

    /// <summary>Deletes or anonymises the subject's data, keeping what <paramref name="retention"/> keeps; the caller saves and commits.</summary>
    Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct);
}
