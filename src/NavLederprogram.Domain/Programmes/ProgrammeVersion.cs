using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>
/// A version of the programme. A draft is edited freely; any edit withdraws the approvals given so far. It is
/// published when both KS and the directorate have approved it, by two different people, and is never changed again.
/// </summary>
public class ProgrammeVersion : AuditedAggregateRoot
{
    private List<ProgrammeModule> _modules = [];
    private readonly List<VersionApproval> _approvals = [];
    private readonly List<VersionHistoryEntry> _history = [];

    public Guid ProgrammeId { get; private set; }
    public int Number { get; private set; }
    public TranslatedText Name { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;
    public ProgrammeVersionStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    /// <summary>In their order.</summary>
    public IReadOnlyList<ProgrammeModule> Modules => _modules;
    public IReadOnlyList<VersionApproval> Approvals => _approvals;
    public IReadOnlyList<VersionHistoryEntry> History => _history;

    private ProgrammeVersion() { }

    public ProgrammeVersion(Guid id, Guid programmeId, int number, TranslatedText name, TranslatedText description, Actor by, DateTime now) : base(id)
    {
        ProgrammeId = programmeId;
        Number = number;
        Name = name;
        Description = description;
        Status = ProgrammeVersionStatus.Draft;
        _history.Add(new VersionHistoryEntry(VersionHistoryAction.Created, null, by, now));
    }

    /// <summary>A new draft that starts from this version's modules, keeping their ids so that reports can follow a module across versions.</summary>
    public ProgrammeVersion CopyAsDraft(Guid id, int number, Actor by, DateTime now)
    {
        var draft = new ProgrammeVersion(id, ProgrammeId, number, Name, Description, by, now);
        foreach (var module in Modules) draft._modules.Add(module.Copy());
        return draft;
    }

    public ProgrammeModule GetModule(Guid moduleId) =>
        _modules.FirstOrDefault(m => m.Id == moduleId) ?? throw new BusinessException(NavLederprogramErrorCodes.ModuleNotFound) { Field = "moduleId" };

    public void ChangeDetails(TranslatedText name, TranslatedText description, Actor by, DateTime now)
    {
        EnsureDraft();
        Name = name;
        Description = description;
        Edited(by, now);
    }

    public ProgrammeModule AddModule(ModuleContent content, Actor by, DateTime now)
    {
        EnsureDraft();
        var module = new ProgrammeModule(Guid.CreateVersion7(), _modules.Count + 1, content);
        _modules.Add(module);
        Edited(by, now);
        return module;
    }

    public void ChangeModule(Guid moduleId, ModuleContent content, Actor by, DateTime now)
    {
        EnsureDraft();
        GetModule(moduleId).Change(content);
        Edited(by, now);
    }

    public void RemoveModule(Guid moduleId, Actor by, DateTime now)
    {
        EnsureDraft();
        _modules.Remove(GetModule(moduleId));
        Renumber(_modules.ToList());
        Edited(by, now);
    }

    /// <summary>Moves a module to a new place (1-based) in the order.</summary>
    public void MoveModule(Guid moduleId, int position, Actor by, DateTime now)
    {
        EnsureDraft();
        var ordered = Modules.ToList();
        var module = GetModule(moduleId);
        ordered.Remove(module);
        ordered.Insert(Math.Clamp(position, 1, ordered.Count + 1) - 1, module);
        Renumber(ordered);
        Edited(by, now);
    }

    public bool IsApprovedBy(ApprovalParty party) => _approvals.Any(a => a.Party == party);

    /// <summary>One party approves. The second approval, from the other party and another person, publishes the version.</summary>
    public void Approve(ApprovalParty party, Actor by, DateTime now)
    {
        EnsureDraft();
        if (_modules.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.VersionNeedsModules) { IsConflict = true };
        if (IsApprovedBy(party)) throw new BusinessException(NavLederprogramErrorCodes.VersionAlreadyApproved) { IsConflict = true };
        if (_approvals.Any(a => a.ApprovedBy.UserId == by.UserId)) throw new BusinessException(NavLederprogramErrorCodes.VersionSameApprover) { IsConflict = true };
        _approvals.Add(new VersionApproval(party, by, now));
        _history.Add(new VersionHistoryEntry(VersionHistoryAction.Approved, party, by, now));
        if (IsApprovedBy(ApprovalParty.Ks) && IsApprovedBy(ApprovalParty.Directorate))
        {
            Status = ProgrammeVersionStatus.Published;
            PublishedAt = now;
            _history.Add(new VersionHistoryEntry(VersionHistoryAction.Published, null, by, now));
            AddDomainEvent(new ProgrammeVersionPublished(Id));
        }
        else AddDomainEvent(new ProgrammeVersionAwaitsApproval(Id, party == ApprovalParty.Ks ? ApprovalParty.Directorate : ApprovalParty.Ks));
    }

    private void Edited(Actor by, DateTime now)
    {
        if (_approvals.Count > 0)
        {
            _approvals.Clear();
            _history.Add(new VersionHistoryEntry(VersionHistoryAction.ApprovalsReset, null, by, now));
        }
        else if (_history.LastOrDefault() is { Action: VersionHistoryAction.Edited } last && last.By.UserId == by.UserId && now - last.At < TimeSpan.FromHours(1))
            return; // A session of edits by one person is one line in the history.
        _history.Add(new VersionHistoryEntry(VersionHistoryAction.Edited, null, by, now));
    }

    private void EnsureDraft()
    {
        if (Status != ProgrammeVersionStatus.Draft) throw new BusinessException(NavLederprogramErrorCodes.VersionNotDraft) { IsConflict = true };
    }

    private void Renumber(List<ProgrammeModule> ordered)
    {
        var order = 1;
        foreach (var module in ordered) module.Order = order++;
        _modules.Clear();
        _modules.AddRange(ordered);
    }
}
