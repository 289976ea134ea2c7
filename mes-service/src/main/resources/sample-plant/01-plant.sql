-- DEMO DATA: the sample plant of the demo and the tests (one site, two LFP lines). A real plant
-- loads its own model instead; this location is only on the Flyway path in dev, test and demo.
insert into site (id, name) values ('gf1', 'Gigafab Plant 1');
insert into area (id, site_id, name) values ('cells', 'gf1', 'Cell manufacturing');
insert into line (id, area_id, name) values
    ('L1', 'cells', 'Cell line 1'),
    ('L2', 'cells', 'Cell line 2');

insert into work_center (id, line_id, name, operation)
select l.id || '-' || wc.operation, l.id, wc.name, wc.operation
from line l cross join (values
    ('COATING', 'Coating and drying'), ('CALENDERING', 'Calendering'), ('SLITTING', 'Slitting'),
    ('STACKING', 'Z-fold stacking'), ('FILLING', 'Electrolyte filling'),
    ('FORMATION', 'Formation'), ('AGING', 'Aging and OCV'), ('GRADING', 'Grading')) as wc(operation, name);

-- Line 1 mirrors the line-simulator's machines (same ids as its OPC UA namespaces); line 2 has
-- the same machines numbered 02.
insert into equipment (id, work_center_id, equipment_class, name, opcua_endpoint, opcua_node)
select replace(e.id, '01', l.suffix), l.id || '-' || e.operation, e.class, e.name || ' ' || l.id,
       'opc.tcp://localhost:4840', 'Objects/Machines/' || replace(e.id, '01', l.suffix)
from (values ('L1', '01'), ('L2', '02')) as l(id, suffix)
cross join (values
    ('COAT-C01', 'COATING', 'COATER', 'Cathode coater'),
    ('COAT-A01', 'COATING', 'COATER', 'Anode coater'),
    ('CAL-C01', 'CALENDERING', 'CALENDER', 'Cathode calender'),
    ('CAL-A01', 'CALENDERING', 'CALENDER', 'Anode calender'),
    ('SLIT-C01', 'SLITTING', 'SLITTER', 'Cathode slitter'),
    ('SLIT-A01', 'SLITTING', 'SLITTER', 'Anode slitter'),
    ('STACK-01', 'STACKING', 'STACKER', 'Z-fold stacker'),
    ('FILL-01', 'FILLING', 'FILLER', 'Electrolyte filler'),
    ('FORM-01', 'FORMATION', 'FORMATION', 'Formation racks'),
    ('AGE-01', 'AGING', 'AGING', 'Aging and OCV tester'),
    ('GRADE-01', 'GRADING', 'GRADER', 'Grader')) as e(id, operation, class, name);

insert into product (id, name, chemistry, format, nominal_capacity_ah, nominal_voltage_v, mass_kg) values
    ('LFP-280P', 'LFP 280 Ah prismatic', 'LFP', 'PRISMATIC', 280, 3.2, 5.4),
    ('NMC811-60P', 'NMC811 60 Ah pouch', 'NMC811', 'POUCH', 60, 3.65, 0.86),
    ('NA-HC-150P', 'Sodium-ion 150 Ah prismatic', 'NA_ION', 'PRISMATIC', 150, 3.1, 3.4);

insert into route (id, product_id, version, description)
select 'R-' || id, id, 1, 'Electrode to graded cell' from product;

insert into route_step (route_id, seq, operation, equipment_class, unit_kind)
select r.id, s.seq, s.operation, s.class, s.kind
from route r cross join (values
    (1, 'COATING', 'COATER', 'ROLL'), (2, 'CALENDERING', 'CALENDER', 'ROLL'),
    (3, 'SLITTING', 'SLITTER', 'ROLL'), (4, 'STACKING', 'STACKER', 'CELL'),
    (5, 'FILLING', 'FILLER', 'CELL'), (6, 'FORMATION', 'FORMATION', 'CELL'),
    (7, 'AGING', 'AGING', 'CELL'), (8, 'GRADING', 'GRADER', 'CELL')) as s(seq, operation, class, kind);

insert into material_definition (id, name, kind, unit_of_measure, critical_raw_material) values
    ('LFP-CAM', 'Lithium iron phosphate cathode active material', 'CATHODE_ACTIVE', 'kg', true),
    ('GRAPHITE', 'Synthetic graphite anode active material', 'ANODE_ACTIVE', 'kg', true),
    ('AL-FOIL-15', 'Aluminium foil 15 um', 'CURRENT_COLLECTOR', 'kg', false),
    ('CU-FOIL-8', 'Copper foil 8 um', 'CURRENT_COLLECTOR', 'kg', false),
    ('PVDF', 'PVDF binder', 'BINDER', 'kg', false),
    ('LIPF6-EL', 'LiPF6 electrolyte', 'ELECTROLYTE', 'kg', true),
    ('SEP-PE-16', 'PE separator 16 um, ceramic coated', 'SEPARATOR', 'm2', false);

insert into defect_code (code, description, operation, severity) values
    ('COAT-WEIGHT', 'Coat weight out of specification', 'COATING', 'MAJOR'),
    ('COAT-PINHOLE', 'Pinholes or uncoated spots in the coating', 'COATING', 'MAJOR'),
    ('CAL-DENSITY', 'Calendered density out of specification', 'CALENDERING', 'MAJOR'),
    ('SLIT-BURR', 'Burr on the slit edge', 'SLITTING', 'CRITICAL'),
    ('STACK-OVERHANG', 'Anode overhang out of tolerance', 'STACKING', 'CRITICAL'),
    ('STACK-HIPOT', 'Hi-pot (insulation) test failed', 'STACKING', 'CRITICAL'),
    ('FILL-WEIGHT', 'Electrolyte fill weight out of specification', 'FILLING', 'MAJOR'),
    ('FILL-LEAK', 'Leak after filling', 'FILLING', 'CRITICAL'),
    ('FORM-CAPACITY', 'Formation capacity below minimum', 'FORMATION', 'MAJOR'),
    ('FORM-VOLTAGE', 'Voltage outside the formation window', 'FORMATION', 'CRITICAL'),
    ('AGE-KVALUE', 'Self-discharge (K-value) too high', 'AGING', 'MAJOR'),
    ('GRADE-DCIR', 'DC internal resistance too high', 'GRADING', 'MAJOR');

insert into production_order (id, product_id, route_id, line_id, quantity, status, created_by) values
    ('PO-L1-0001', 'LFP-280P', 'R-LFP-280P', 'L1', 100000, 'RELEASED', 'demo-planner'),
    ('PO-L2-0001', 'LFP-280P', 'R-LFP-280P', 'L2', 100000, 'RELEASED', 'demo-planner');

insert into unit (id, kind, product_id, line_id, status) values
    ('ML-LFP-2611-001', 'LOT', null, null, 'ACTIVE'),
    ('ML-GR-2611-001', 'LOT', null, null, 'ACTIVE'),
    ('ML-AL-2611-001', 'LOT', null, null, 'ACTIVE'),
    ('ML-CU-2611-001', 'LOT', null, null, 'ACTIVE');
insert into material_lot (unit_id, material_id, supplier, supplier_lot, country_of_origin, received_at,
                          quantity, certificate, carbon_footprint_kg_per_kg, recycled_content_pct,
                          compliance_status) values
    ('ML-LFP-2611-001', 'LFP-CAM', 'Demo Cathode Materials Co.', 'DCM-88121', 'MA', now() - interval '10 days',
     5000, '{"d50_um": 1.2, "carbon_pct": 1.4, "moisture_ppm": 310}', 8.9, 6.0, 'COMPLIANT'),
    ('ML-GR-2611-001', 'GRAPHITE', 'Demo Graphite AB', 'DGA-5521', 'SE', now() - interval '12 days',
     3000, '{"d50_um": 15.8, "tap_density_g_cm3": 1.05}', 4.1, 0.0, 'COMPLIANT'),
    ('ML-AL-2611-001', 'AL-FOIL-15', 'Demo Foil GmbH', 'DF-A-7730', 'DE', now() - interval '20 days',
     800, '{"thickness_um": 15.1}', 11.5, 35.0, 'COMPLIANT'),
    ('ML-CU-2611-001', 'CU-FOIL-8', 'Demo Foil GmbH', 'DF-C-1104', 'DE', now() - interval '20 days',
     900, '{"thickness_um": 8.0}', 5.2, 20.0, 'UNDER_REVIEW');

insert into grade_table (product_id, version, status, bins, created_by) values
    ('LFP-280P', 1, 'ACTIVE', '[
        {"grade": "A", "criteria": {"capacity": {"lower": 280.0, "upper": 288.4},
                                    "dcir": {"lower": 0.15, "upper": 0.3},
                                    "k_value": {"lower": 0.0, "upper": 0.6}}},
        {"grade": "B", "criteria": {"capacity": {"lower": 280.0, "upper": 288.4},
                                    "dcir": {"lower": 0.15, "upper": 0.4},
                                    "k_value": {"lower": 0.0, "upper": 1.0}}},
        {"grade": "C", "criteria": {"capacity": {"lower": 272.0, "upper": 280.0},
                                    "dcir": {"lower": 0.15, "upper": 0.45},
                                    "k_value": {"lower": 0.0, "upper": 1.0}}}
     ]', 'demo-quality');
