using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

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
