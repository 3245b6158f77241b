using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

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
