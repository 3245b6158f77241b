namespace NavLederprogram.PeerSupervision;

/// <summary>Gruppeveiledning (3–8 members) or individuell veiledning (one colleague).</summary>
public enum SupervisionKind
{
    Group,
    OneToOne,
}
