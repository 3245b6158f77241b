using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

public class Municipality : AuditedAggregateRoot
{
    public string Name { get; private set; } = "";
    /// <summary>Kommunenummer, four digits.</summary>
    public string Number { get; private set; } = "";
    public Guid RegionId { get; private set; }

    private Municipality() { }

    public Municipality(Guid id, string name, string number, Guid regionId) : base(id) => Update(name, number, regionId);

    public void Update(string name, string number, Guid regionId)
    {
        Name = name.Trim();
        Number = number.Trim();
        RegionId = regionId;
    }
}
