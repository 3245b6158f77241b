using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

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
