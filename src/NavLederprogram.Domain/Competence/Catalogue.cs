using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

/// <summary>A text the catalogue keeps in all three languages.</summary>
[ModuleContract]
public sealed record LocalizedText(string Nb, string Nn, string En)
{
    public static readonly LocalizedText Empty = new("", "", "");

    public string In(string? culture) => culture switch
    {
        "nn" => Nn,
        "en" => En,
        _ => Nb,
    };

    public LocalizedText Trimmed() => new(Nb.Trim(), Nn.Trim(), En.Trim());
}

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

public class ScaleLevel
{
    public Guid ScaleId { get; private set; }
    public int Level { get; private set; }
    public LocalizedText Name { get; private set; } = LocalizedText.Empty;

    private ScaleLevel() { }

    public ScaleLevel(Guid scaleId, int level, LocalizedText name)
    {
        ScaleId = scaleId;
        Level = level;
        Name = name;
    }

    public void Rename(LocalizedText name) => Name = name;
}

/// <summary>A group of competence areas, such as leadership or the social services.</summary>
public class CompetenceCategory : AuditedAggregateRoot
{
    public LocalizedText Name { get; private set; } = LocalizedText.Empty;
    public int SortOrder { get; private set; }

    private CompetenceCategory() { }

    public CompetenceCategory(Guid id, LocalizedText name, int sortOrder) : base(id) => Update(name, sortOrder);

    public void Update(LocalizedText name, int sortOrder)
    {
        Name = name.Trimmed();
        SortOrder = sortOrder;
    }
}

/// <summary>Kompetanseområde: one competence a role can require, measured on a proficiency scale.</summary>
public class CompetenceArea : AuditedAggregateRoot
{
    public string Code { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public Guid ScaleId { get; private set; }
    public LocalizedText Name { get; private set; } = LocalizedText.Empty;
    public LocalizedText Description { get; private set; } = LocalizedText.Empty;

    private CompetenceArea() { }

    public CompetenceArea(Guid id, string code, Guid categoryId, Guid scaleId, LocalizedText name, LocalizedText description) : base(id)
    {
        Code = code.Trim();
        Update(categoryId, scaleId, name, description);
    }

    public void Update(Guid categoryId, Guid scaleId, LocalizedText name, LocalizedText description)
    {
        CategoryId = categoryId;
        ScaleId = scaleId;
        Name = name.Trimmed();
        Description = description.Trimmed();
    }

    public void ChangeCode(string code) => Code = code.Trim();
}
