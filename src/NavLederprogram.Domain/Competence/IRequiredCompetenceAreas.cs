namespace NavLederprogram.Competence;

/// <summary>The competence areas a person's job roles require, met or not, as other modules read them.</summary>
[ModuleContract]
public interface IRequiredCompetenceAreas
{
    /// <summary>From the stored statuses, so in one query; a person without requirements gets none.</summary>
    Task<IReadOnlyList<Guid>> GetAreaIdsAsync(Guid personId, CancellationToken ct = default);
}
