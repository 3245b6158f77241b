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

/// <summary>A job role in the catalogue (office leader, team leader, advisor…), not an authorization role.</summary>
public class JobRole
{
    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public bool IsLeaderRole { get; private set; }
    public int SortOrder { get; private set; }

    private JobRole() { }

    public JobRole(Guid id, string code, bool isLeaderRole, int sortOrder)
    {
        Id = id;
        Code = code;
        IsLeaderRole = isLeaderRole;
        SortOrder = sortOrder;
    }

    /// <summary>Localization key of the role's name.</summary>
    public string NameKey => $"JobRole:{Code}";
}
