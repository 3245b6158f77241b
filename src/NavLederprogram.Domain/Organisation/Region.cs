using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

/// <summary>Fylke / NAV-region.</summary>
public class Region : AuditedAggregateRoot
{
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";

    private Region() { }

    public Region(Guid id, string name, string code) : base(id) => Update(name, code);

    public void Update(string name, string code)
    {
        Name = name.Trim();
        Code = code.Trim();
    }
}
