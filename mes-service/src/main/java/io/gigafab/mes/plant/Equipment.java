package io.gigafab.mes.plant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A machine in the plant model, with its OPC UA identity and its current state. */
@Entity
@Table(name = "equipment")
public class Equipment {

    @Id public String id;

    @Column(name = "work_center_id")
    public String workCenterId;

    @Column(name = "equipment_class")
    public String equipmentClass;

    public String name;

    @Column(name = "opcua_endpoint")
    public String opcuaEndpoint;

    @Column(name = "opcua_node")
    public String opcuaNode;

    public String state;

    @Column(name = "state_since")
    public Instant stateSince;

    @Version public int version;
}
