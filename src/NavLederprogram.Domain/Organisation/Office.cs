using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

/// <summary>NAV-kontor, run under a partnership between the state and the municipalities it serves.</summary>
public class Office : AuditedAggregateRoot
{
    private readonly List<OfficeMunicipality> _municipalities = [];

    public string Name { get; private set; } = "";
    public Guid RegionId { get; private set; }
    public LeadershipModel LeadershipModel { get; private set; }
    /// <summary>Number of employees, as agreed in the partnership.</summary>
    public int Size { get; private set; }
    public IReadOnlyCollection<OfficeMunicipality> Municipalities => _municipalities;

    private Office() { }

    public Office(Guid id, string name, Guid regionId, LeadershipModel leadershipModel, int size, IEnumerable<Guid> municipalityIds)
        : base(id)
    {
        Rename(name);
        MoveToRegion(regionId);
        SetPartnership(leadershipModel, size, municipalityIds);
    }

    public void Rename(string name) => Name = name.Trim();

    public void MoveToRegion(Guid regionId) => RegionId = regionId;

    /// <summary>The partnership: leadership model, size and which municipalities the office serves (at least one).</summary>
    public void SetPartnership(LeadershipModel leadershipModel, int size, IEnumerable<Guid> municipalityIds)
    {
        var ids = municipalityIds.Distinct().ToList();
        if (ids.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.OfficeMustServeMunicipality);
        LeadershipModel = leadershipModel;
        Size = size;
        _municipalities.RemoveAll(m => !ids.Contains(m.MunicipalityId));
        foreach (var id in ids.Where(id => _municipalities.All(m => m.MunicipalityId != id)))
            _municipalities.Add(new OfficeMunicipality(Id, id));
    }
}
