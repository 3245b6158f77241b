using System.Collections.Frozen;

namespace NavLederprogram.Competence;

/// <summary>
/// The whole competence catalogue at one moment, shared by every request on the node until the catalogue changes: read it,
/// never change or attach what it holds. For the Competence module's own pages; other modules read cards.
/// </summary>
[ModuleContract]
public sealed class CompetenceCatalogue
{
    public CompetenceCatalogue(IReadOnlyList<CompetenceArea> areas, IReadOnlyList<CompetenceCategory> categories, IReadOnlyList<ProficiencyScale> scales)
    {
        Areas = areas;
        Categories = categories;
        Scales = scales;
        AreasById = areas.ToFrozenDictionary(a => a.Id);
        CategoriesById = categories.ToFrozenDictionary(c => c.Id);
        ScalesById = scales.ToFrozenDictionary(s => s.Id);
    }

    /// <summary>By code.</summary>
    public IReadOnlyList<CompetenceArea> Areas { get; }
    /// <summary>By sort order.</summary>
    public IReadOnlyList<CompetenceCategory> Categories { get; }
    /// <summary>By creation.</summary>
    public IReadOnlyList<ProficiencyScale> Scales { get; }
    public IReadOnlyDictionary<Guid, CompetenceArea> AreasById { get; }
    public IReadOnlyDictionary<Guid, CompetenceCategory> CategoriesById { get; }
    public IReadOnlyDictionary<Guid, ProficiencyScale> ScalesById { get; }
}
