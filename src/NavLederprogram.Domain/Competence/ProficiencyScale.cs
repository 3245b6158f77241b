using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

/// <summary>Ferdighetsskala: the ordered levels a competence can be held at, from 1 upwards.</summary>
public class ProficiencyScale : AuditedAggregateRoot
{
    private readonly List<ScaleLevel> _levels = [];

    public LocalizedText Name { get; private set; } = LocalizedText.Empty;
    /// <summary>In no particular order; sort by <see cref="ScaleLevel.Level"/>.</summary>
    public IReadOnlyCollection<ScaleLevel> Levels => _levels;
    public int MaxLevel => _levels.Count;

    private ProficiencyScale() { }

    public ProficiencyScale(Guid id, LocalizedText name, IReadOnlyList<LocalizedText> levels) : base(id)
    {
        Rename(name);
        SetLevels(levels);
    }

    public void Rename(LocalizedText name) => Name = name.Trimmed();

    /// <summary>Levels are numbered by their order; shrinking a scale that is in use is refused by <see cref="CompetenceCatalogueManager"/>.</summary>
    public void SetLevels(IReadOnlyList<LocalizedText> levels)
    {
        if (levels.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.ScaleNeedsLevels);
        _levels.RemoveAll(l => l.Level > levels.Count);
        for (var i = 0; i < levels.Count; i++)
        {
            var existing = _levels.FirstOrDefault(l => l.Level == i + 1);
            if (existing is null) _levels.Add(new ScaleLevel(Id, i + 1, levels[i].Trimmed()));
            else existing.Rename(levels[i].Trimmed());
        }
    }

    public bool HasLevel(int level) => level >= 1 && level <= MaxLevel;
}
