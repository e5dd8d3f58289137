"""Health e-commerce, payments and subscriptions exports.

A blind probe, written by hand before reading the detectors: Shopify order exports (CSV
columns as Shopify names them: ``Name`` is the order name ``#1001``, ``Billing Name``,
``Billing Zip``, ``Shipping Phone``, ``Lineitem name``, ``Lineitem sku``, ``Notes``, ``Note
Attributes``, ``Tags``), Shopify customers and products CSV, Shopify Admin API order JSON
(``customer``, ``billing_address``, ``shipping_address``, ``line_items``, ``note_attributes``,
``fulfillments``) and disputes, WooCommerce REST orders and ``wp_postmeta`` rows
(``_billing_phone``), Stripe charges, customers, disputes, refunds, balance transactions and
the Dashboard's payments CSV (``Card Fingerprint``, ``order_id (metadata)``), Braintree
transactions, Square transaction CSV, PayPal activity CSV, Recharge subscriptions, Chargebee
subscription CSV, a telehealth pharmacy's fulfilment feed, GA4 BigQuery ``purchase`` rows and
Measurement Protocol payloads with ``items[]``, a GTM dataLayer purchase push, a Klaviyo
``Started Checkout`` event and an abandoned-cart email, from stores selling compounded
semaglutide, finasteride, sildenafil, birth control and at-home lab kits (STI, A1C,
fertility hormones).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. An expected entity may list alternatives (``"ACCOUNT_NUMBER|OTHER_ID"``);
``"HEALTH"`` is any health entity; a must-not ``"*"`` is any finding at all. Values are made
up; field names, nesting and value formats are the vendors'.

Decisions where the contract is silent:

- Shopify's ``Name`` column is the order name (``#1001``), never a person's: no finding.
  PayPal's ``Name`` column is the payer's name: NAME.
- Order, payment, fulfilment and refund timestamps (``Created at``, ``Paid at``,
  ``processed_at``, Stripe ``created`` epochs, Square ``Date``) are when the store did
  something, like event times elsewhere in the project: no DATE. A date of birth in intake
  answers or in customer metadata is a DATE. Subscription schedule dates
  (``next_charge_scheduled_at``, ``Next Billing At``) are not asserted either way.
- Card ``last4`` / ``PAN Suffix``, BIN, brand, funding, expiry month and year are not
  identifiers: Safe Harbor (J) is the card NUMBER, and four of its digits name no card (as
  four digits of a phone name no line). A full card number, even typed into a note, is
  CREDIT_CARD.
- A card fingerprint (Stripe ``fingerprint``, ``Card Fingerprint``; Braintree
  ``unique_number_identifier``) is a stable code derived from the card number that follows
  the person across orders: an identifier (HASHED_ID, OTHER_ID or ONLINE_ID).
- Customer ids (Stripe ``cus_...``, Shopify ``customer.id``, Recharge ``customer_id``,
  Square ``Customer ID``, Chargebee ``Customer Id``, Braintree ``customer.id``) are the
  person's account with the store: ACCOUNT_NUMBER, OTHER_ID or ONLINE_ID. Transaction ids
  (order ids and numbers, ``ch_``, ``pi_``, ``txn_``, ``re_``, ``dp_``, PayPal and Square
  transaction ids, subscription ids, receipt numbers) name a purchase, not a person: no
  finding. Payment-method tokens (``pm_``) and cart/checkout tokens are not asserted.
- ``metadata.patient_id`` (a telehealth platform's patient number) is MRN or OTHER_ID.
- The merchant's own contact details (PayPal ``To Email Address`` on a payment received,
  a fulfilment's ``origin_address``, Square's ``Location``, the store footer of a marketing
  email with its toll-free number) are not a person's: no finding.
- Tracking numbers (UPS ``1Z...``, USPS 22 digits, FedEx 12 digits), GTIN barcodes,
  network transaction ids, processor response and network reason codes, risk scores,
  discount codes, gateway names and currency amounts: no finding.
- Product names, SKUs, handles, tags, plan ids and GA4 ``items[]`` naming a drug, a
  condition or a lab test are health context (the project counts health words in machine
  fields); a catalog or report row with no person in it is not PHI.
- A city or street of a billing or shipping address is LOCATION; a state or country alone
  is not asserted (Safe Harbor keeps states).
- A WooCommerce ``wp_postmeta`` row carries one value: ``_billing_phone`` is a PHONE, but
  the row alone is not PHI.

After the blind scoring (no expectation was changed; four records went to ``LEFT_ALONE``,
each with its reason): a ZIP inside a whole-address field stays covered by the field's
LOCATION, as the forms and pharma probes decided; a store footer in an email body and the
word ``PayPal`` in PayPal's own ``Name`` column stay reported; one hair-loss wording waits
for a vocabulary rebuild.
"""

from __future__ import annotations

import hashlib

from helpers import ShapeTotals, assert_floors, probe_tests

#: Any identifier entity: for fields where health words are fine but no identifier is.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|URL|IP_ADDRESS|"
    "BIOMETRIC_ID|ONLINE_ID|HASHED_ID|OTHER_ID"
)


def _sha(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    (
        "Shopify orders CSV: semaglutide order, intake answers in Note Attributes",
        {
            "Name": "#1001",
            "Email": "keisha.brown84@gmail.com",
            "Financial Status": "paid",
            "Paid at": "2024-03-14 10:22:35 -0400",
            "Fulfillment Status": "fulfilled",
            "Fulfilled at": "2024-03-15 16:02:11 -0400",
            "Accepts Marketing": "no",
            "Currency": "USD",
            "Subtotal": "299.00",
            "Shipping": "0.00",
            "Taxes": "0.00",
            "Total": "299.00",
            "Discount Code": "SPRING25",
            "Discount Amount": "0.00",
            "Shipping Method": "UPS 2nd Day Air (cold pack)",
            "Created at": "2024-03-14 10:22:31 -0400",
            "Lineitem quantity": "1",
            "Lineitem name": "Compounded Semaglutide Injection 2.5mg/mL - Monthly",
            "Lineitem price": "299.00",
            "Lineitem sku": "SEMA-25-MO",
            "Billing Name": "Keisha Brown",
            "Billing Street": "4417 Maple Ridge Dr",
            "Billing Address1": "4417 Maple Ridge Dr",
            "Billing City": "Columbus",
            "Billing Zip": "43214",
            "Billing Province": "OH",
            "Billing Country": "US",
            "Shipping Phone": "+16145550187",
            "Notes": "",
            "Note Attributes": (
                "intake_id: 88213\n"
                "bmi: 33.1\n"
                "conditions: prediabetes; high blood pressure\n"
                "dob: 1984-03-12\n"
                "pregnant_or_nursing: no"
            ),
            "Payment Method": "Shopify Payments",
            "Payment Reference": "c31820746580053.1",
            "Vendor": "Example Rx",
            "Id": "5612847390211",
            "Tags": "GLP-1, intake-complete, rx-approved",
            "Risk Level": "Low",
            "Source": "web",
            "Receipt Number": "",
            "Payment ID": "c31820746580053.1",
        },
        {
            ("Email", "EMAIL"),
            ("Billing Name", "NAME"),
            ("Billing Street", "LOCATION"),
            ("Billing City", "LOCATION"),
            ("Billing Zip", "ZIP_CODE"),
            ("Shipping Phone", "PHONE"),
            ("Lineitem name", "MEDICATION"),
            ("Note Attributes", "HEALTH_CONDITION"),
            ("Note Attributes", "DATE"),
        },
        {
            ("Name", "*"),
            ("Paid at", "*"),
            ("Fulfilled at", "*"),
            ("Created at", "*"),
            ("Discount Code", "*"),
            ("Payment Reference", "*"),
            ("Payment ID", "*"),
            ("Id", "*"),
            ("Subtotal", "*"),
            ("Total", "*"),
            ("Risk Level", "*"),
            ("Tags", "NAME"),
        },
        True,
    ),
    (
        "Shopify orders CSV: second line item row of a multi-item order (only Name, Email)",
        {
            "Name": "#1002",
            "Email": "t.nguyen@outlook.com",
            "Financial Status": "",
            "Paid at": "",
            "Lineitem quantity": "1",
            "Lineitem name": "At-Home STI Test Kit (Chlamydia & Gonorrhea)",
            "Lineitem price": "69.00",
            "Lineitem sku": "LAB-STI-2",
            "Lineitem requires shipping": "true",
            "Billing Name": "",
            "Shipping Phone": "",
            "Id": "",
        },
        {("Email", "EMAIL"), ("Lineitem name", "HEALTH")},
        {("Name", "*"), ("Lineitem sku", ANY_ID), ("Lineitem price", "*")},
        True,
    ),
    (
        "Shopify orders CSV: Excel-quoted ZIP, card number typed into Notes, birth control",
        {
            "Name": "#1003",
            "Email": "maria.delgado@yahoo.com",
            "Created at": "2024-04-02 08:15:00 -0400",
            "Lineitem name": "Sprintec (norgestimate and ethinyl estradiol) - 3 Pack",
            "Lineitem sku": "BC-SPRINTEC-3",
            "Billing Name": "Maria Delgado",
            "Billing Street": "12 Linden St Apt 3",
            "Billing City": "Brookline",
            "Billing Zip": "'02446",
            "Billing Phone": "(617) 555-0134",
            "Notes": "please charge my other card 4111 1111 1111 1111 instead, thanks",
            "Tags": "birth-control",
            "Shipping Method": "USPS First Class",
        },
        {
            ("Email", "EMAIL"),
            ("Billing Name", "NAME"),
            ("Billing Street", "LOCATION"),
            ("Billing Zip", "ZIP_CODE"),
            ("Billing Phone", "PHONE"),
            ("Notes", "CREDIT_CARD"),
            ("Lineitem name", "MEDICATION"),
        },
        {("Name", "*"), ("Created at", "*"), ("Shipping Method", "*")},
        True,
    ),
    (
        "Shopify orders CSV: non-health order (water bottle, gift card) with a buyer",
        {
            "Name": "#1004",
            "Email": "ben.carter@gmail.com",
            "Financial Status": "paid",
            "Created at": "2024-04-05 19:40:12 -0400",
            "Lineitem name": "Insulated Water Bottle 24oz",
            "Lineitem sku": "MERCH-BTL-24",
            "Billing Name": "Ben Carter",
            "Billing Street": "88 Harbor View Rd",
            "Billing Zip": "98109",
            "Shipping Phone": "206-555-0162",
            "Discount Code": "FREESHIP",
            "Employee": "",
            "Location": "Austin Fulfillment Center",
            "Device ID": "4",
            "Id": "5612847390255",
        },
        {
            ("Email", "EMAIL"),
            ("Billing Name", "NAME"),
            ("Billing Street", "LOCATION"),
            ("Billing Zip", "ZIP_CODE"),
            ("Shipping Phone", "PHONE"),
        },
        {
            ("Name", "*"),
            ("Lineitem name", "*"),
            ("Discount Code", "*"),
            ("Location", "*"),
            ("Device ID", "*"),
            ("Id", "*"),
        },
        False,
    ),
    (
        "Shopify Admin API order JSON: finasteride, intake in note_attributes, fulfilment",
        {
            "id": 5612847390299,
            "admin_graphql_api_id": "gid://shopify/Order/5612847390299",
            "name": "#1005",
            "order_number": 1005,
            "email": "drew.patel@icloud.com",
            "created_at": "2024-03-18T09:12:44-04:00",
            "processed_at": "2024-03-18T09:12:43-04:00",
            "currency": "USD",
            "total_price": "88.00",
            "financial_status": "paid",
            "browser_ip": "73.162.44.210",
            "customer": {
                "id": 7012345678123,
                "email": "drew.patel@icloud.com",
                "first_name": "Drew",
                "last_name": "Patel",
                "tags": "hair-loss",
            },
            "billing_address": {
                "first_name": "Drew",
                "last_name": "Patel",
                "address1": "2290 Elm Street",
                "city": "Denver",
                "zip": "80205",
                "province_code": "CO",
                "country_code": "US",
                "phone": "+1 720-555-0148",
                "name": "Drew Patel",
            },
            "line_items": [
                {
                    "id": 13912345678901,
                    "name": "Finasteride 1mg Tablets - 90 Day Supply",
                    "sku": "FIN-1MG-90",
                    "price": "88.00",
                    "quantity": 1,
                    "product_id": 8123456789012,
                    "variant_id": 44123456789012,
                    "vendor": "Example Rx",
                }
            ],
            "note_attributes": [
                {"name": "intake_hair_loss_pattern", "value": "receding hairline, crown thinning"},
                {"name": "intake_current_medications", "value": "minoxidil 5% foam"},
                {"name": "intake_date_of_birth", "value": "07/22/1991"},
            ],
            "discount_codes": [{"code": "HAIR20", "amount": "22.00", "type": "percentage"}],
            "fulfillments": [
                {
                    "id": 4912345678901,
                    "status": "success",
                    "tracking_company": "UPS",
                    "tracking_number": "1Z999AA10123456784",
                    "tracking_url": "https://www.ups.com/track?tracknum=1Z999AA10123456784",
                    "origin_address": {
                        "address1": "1200 Commerce Park Blvd",
                        "city": "Austin",
                        "zip": "78744",
                        "province_code": "TX",
                    },
                }
            ],
        },
        {
            ("email", "EMAIL"),
            ("browser_ip", "IP_ADDRESS"),
            ("customer.id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("customer.first_name", "NAME"),
            ("billing_address.address1", "LOCATION"),
            ("billing_address.zip", "ZIP_CODE"),
            ("billing_address.phone", "PHONE"),
            ("line_items[0].name", "MEDICATION"),
            ("note_attributes[0].value", "HEALTH_CONDITION"),
            ("note_attributes[1].value", "MEDICATION"),
            ("note_attributes[2].value", "DATE"),
        },
        {
            ("id", "*"),
            ("admin_graphql_api_id", "*"),
            ("name", "*"),
            ("order_number", "*"),
            ("created_at", "*"),
            ("processed_at", "*"),
            ("line_items[0].id", "*"),
            ("line_items[0].product_id", "*"),
            ("line_items[0].variant_id", "*"),
            ("discount_codes[0].code", "*"),
            ("fulfillments[0].id", "*"),
            ("fulfillments[0].tracking_number", "*"),
            ("fulfillments[0].origin_address.address1", "*"),
            ("fulfillments[0].origin_address.city", "*"),
            ("fulfillments[0].origin_address.zip", "*"),
        },
        True,
    ),
    (
        "Shopify customers CSV: GLP-1 subscriber tag, default address",
        {
            "Customer ID": "7012345678456",
            "First Name": "Lorraine",
            "Last Name": "Whitfield",
            "Email": "lwhitfield@comcast.net",
            "Accepts Email Marketing": "yes",
            "Default Address Company": "",
            "Default Address Address1": "71 Orchard Lane",
            "Default Address City": "Naperville",
            "Default Address Province Code": "IL",
            "Default Address Country Code": "US",
            "Default Address Zip": "60540",
            "Default Address Phone": "(630) 555-0119",
            "Phone": "+16305550119",
            "Total Spent": "1196.00",
            "Total Orders": "4",
            "Note": "Switched from semaglutide to tirzepatide per provider 3/2024",
            "Tax Exempt": "no",
            "Tags": "glp1-subscriber, weight-loss",
        },
        {
            ("Customer ID", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Default Address Address1", "LOCATION"),
            ("Default Address Zip", "ZIP_CODE"),
            ("Default Address Phone", "PHONE"),
            ("Note", "MEDICATION"),
            ("Tags", "HEALTH"),
        },
        {("Total Spent", "*"), ("Total Orders", "*"), ("Tax Exempt", "*")},
        True,
    ),
    (
        "Shopify products CSV: catalog row for a compounded GLP-1 (no person)",
        {
            "Handle": "compounded-semaglutide-injection",
            "Title": "Compounded Semaglutide Injection",
            "Body (HTML)": (
                "<p>Weekly GLP-1 injection for weight management. Prescription required; "
                "a licensed provider reviews your intake.</p>"
            ),
            "Vendor": "Example Rx",
            "Product Category": "Health & Beauty > Health Care",
            "Type": "Weight Loss",
            "Tags": "glp-1, weight-loss, rx",
            "Published": "TRUE",
            "Variant SKU": "SEMA-25-MO",
            "Variant Grams": "120",
            "Variant Inventory Qty": "240",
            "Variant Price": "299.00",
            "Variant Barcode": "00312345678906",
            "Image Src": "https://cdn.shopify.com/s/files/1/0612/3456/7890/products/sema.jpg?v=1709912345",
            "Status": "active",
        },
        {("Title", "MEDICATION")},
        {
            ("Variant SKU", ANY_ID),
            ("Variant Barcode", "*"),
            ("Variant Price", "*"),
            ("Variant Grams", "*"),
            ("Image Src", ANY_ID),
            ("Vendor", "*"),
        },
        False,
    ),
    (
        "WooCommerce REST order: sildenafil, billing object, _billing_phone meta",
        {
            "id": 4512,
            "parent_id": 0,
            "number": "4512",
            "order_key": "wc_order_kX3mP9qR2sT7v",
            "status": "processing",
            "currency": "USD",
            "date_created": "2024-03-20T14:03:11",
            "date_created_gmt": "2024-03-20T18:03:11",
            "total": "45.00",
            "customer_id": 318,
            "billing": {
                "first_name": "Marcus",
                "last_name": "Odom",
                "company": "",
                "address_1": "509 Bayshore Blvd",
                "address_2": "",
                "city": "Tampa",
                "state": "FL",
                "postcode": "33606",
                "country": "US",
                "email": "marcus.odom@gmail.com",
                "phone": "813-555-0176",
            },
            "payment_method": "stripe",
            "payment_method_title": "Credit Card (Stripe)",
            "transaction_id": "ch_3OwXyZ2eZvKYlo2C1a2b3c4d",
            "customer_ip_address": "2601:5c0:c100:8a20:1d3e:4f5a:6b7c:8d9e",
            "customer_user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
            "customer_note": "",
            "meta_data": [
                {"id": 88121, "key": "_billing_phone", "value": "813-555-0176"},
                {"id": 88122, "key": "_stripe_customer_id", "value": "cus_PqR3s4T5u6V7w8"},
                {"id": 88123, "key": "_stripe_fee", "value": "1.61"},
            ],
            "line_items": [
                {
                    "id": 771,
                    "name": "Sildenafil 20mg Tablets (30 count)",
                    "product_id": 231,
                    "sku": "ED-SIL-20-30",
                    "price": 45,
                }
            ],
        },
        {
            ("billing.first_name", "NAME"),
            ("billing.last_name", "NAME"),
            ("billing.address_1", "LOCATION"),
            ("billing.postcode", "ZIP_CODE"),
            ("billing.email", "EMAIL"),
            ("billing.phone", "PHONE"),
            ("customer_ip_address", "IP_ADDRESS"),
            ("meta_data[0].value", "PHONE"),
            ("meta_data[1].value", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("line_items[0].name", "MEDICATION"),
        },
        {
            ("id", "*"),
            ("number", "*"),
            ("date_created", "*"),
            ("date_created_gmt", "*"),
            ("total", "*"),
            ("transaction_id", "*"),
            ("meta_data[2].value", "*"),
            ("line_items[0].id", "*"),
            ("line_items[0].product_id", "*"),
        },
        True,
    ),
    (
        "WooCommerce wp_postmeta row: _billing_first_name alone",
        {
            "meta_id": 88130,
            "post_id": 4512,
            "meta_key": "_billing_first_name",
            "meta_value": "Marcus",
        },
        {("meta_value", "NAME")},
        {("meta_id", "*"), ("post_id", "*")},
        False,
    ),
    (
        "WooCommerce wp_postmeta row: _order_total (no person)",
        {"meta_id": 88131, "post_id": 4512, "meta_key": "_order_total", "meta_value": "45.00"},
        set(),
        {("meta_id", "*"), ("post_id", "*"), ("meta_value", "*")},
        False,
    ),
    (
        "Stripe charge JSON: semaglutide subscription, metadata with patient id",
        {
            "id": "ch_3OxAbC2eZvKYlo2C0n1m2b3v",
            "object": "charge",
            "amount": 29900,
            "amount_captured": 29900,
            "amount_refunded": 0,
            "balance_transaction": "txn_3OxAbC2eZvKYlo2C0q9w8e7r",
            "billing_details": {
                "address": {
                    "city": "Columbus",
                    "country": "US",
                    "line1": "4417 Maple Ridge Dr",
                    "line2": None,
                    "postal_code": "43214",
                    "state": "OH",
                },
                "email": "keisha.brown84@gmail.com",
                "name": "Keisha Brown",
                "phone": "+16145550187",
            },
            "calculated_statement_descriptor": "EXAMPLERX* GLP1",
            "created": 1710426155,
            "currency": "usd",
            "customer": "cus_PqR3s4T5u6V7w8",
            "description": "Subscription update",
            "livemode": True,
            "metadata": {
                "order_id": "1001",
                "patient_id": "PT-00482913",
                "rx_product": "semaglutide_2.5mg_weekly",
            },
            "outcome": {
                "network_status": "approved_by_network",
                "reason": None,
                "risk_level": "normal",
                "risk_score": 32,
                "seller_message": "Payment complete.",
                "type": "authorized",
            },
            "paid": True,
            "payment_intent": "pi_3OxAbC2eZvKYlo2C0k8j7h6g",
            "payment_method": "pm_1OxAbB2eZvKYlo2CwXyZ1234",
            "payment_method_details": {
                "card": {
                    "brand": "visa",
                    "checks": {
                        "address_line1_check": "pass",
                        "address_postal_code_check": "pass",
                        "cvc_check": "pass",
                    },
                    "country": "US",
                    "exp_month": 8,
                    "exp_year": 2027,
                    "fingerprint": "Xt5EWLLDS7FJjR1c",
                    "funding": "credit",
                    "last4": "4242",
                    "network": "visa",
                    "network_transaction_id": "581234567890123",
                },
                "type": "card",
            },
            "receipt_email": "keisha.brown84@gmail.com",
            "receipt_number": "1834-2293",
            "status": "succeeded",
        },
        {
            ("billing_details.address.line1", "LOCATION"),
            ("billing_details.address.postal_code", "ZIP_CODE"),
            ("billing_details.email", "EMAIL"),
            ("billing_details.name", "NAME"),
            ("billing_details.phone", "PHONE"),
            ("customer", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("metadata.patient_id", "MRN|OTHER_ID"),
            ("metadata.rx_product", "MEDICATION"),
            ("payment_method_details.card.fingerprint", "HASHED_ID|OTHER_ID|ONLINE_ID"),
            ("receipt_email", "EMAIL"),
        },
        {
            ("id", "*"),
            ("balance_transaction", "*"),
            ("created", "*"),
            ("amount", "*"),
            ("metadata.order_id", "*"),
            ("outcome.risk_score", "*"),
            ("payment_intent", "*"),
            ("payment_method_details.card.last4", "*"),
            ("payment_method_details.card.exp_month", "*"),
            ("payment_method_details.card.exp_year", "*"),
            ("payment_method_details.card.network_transaction_id", "*"),
            ("receipt_number", "*"),
            ("calculated_statement_descriptor", "NAME"),
        },
        True,
    ),
    (
        "Stripe customer JSON: DOB and treatment in metadata",
        {
            "id": "cus_Qa1B2c3D4e5F6g",
            "object": "customer",
            "address": {
                "city": "Atlanta",
                "country": "US",
                "line1": "1150 Peachtree St NE",
                "line2": "Unit 1408",
                "postal_code": "30309",
                "state": "GA",
            },
            "balance": 0,
            "created": 1700000000,
            "currency": "usd",
            "delinquent": False,
            "email": "jordan.ellis@proton.me",
            "invoice_prefix": "A1B2C3D4",
            "livemode": True,
            "metadata": {"dob": "1990-07-04", "treatment": "hair_loss", "state_of_residence": "GA"},
            "name": "Jordan Ellis",
            "phone": "+14045550128",
            "preferred_locales": ["en-US"],
        },
        {
            ("id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("address.line1", "LOCATION"),
            ("address.postal_code", "ZIP_CODE"),
            ("email", "EMAIL"),
            ("metadata.dob", "DATE"),
            ("metadata.treatment", "HEALTH_CONDITION"),
            ("name", "NAME"),
            ("phone", "PHONE"),
        },
        {
            ("created", "*"),
            ("invoice_prefix", "*"),
            ("balance", "*"),
            ("preferred_locales[0]", "*"),
        },
        True,
    ),
    (
        "Stripe payments CSV (Dashboard export): ED order, metadata columns",
        {
            "id": "pi_3OyDeF2eZvKYlo2C1h2g3f4d",
            "Created (UTC)": "2024-03-21 15:04:09",
            "Amount": "45.00",
            "Amount Refunded": "0.00",
            "Currency": "usd",
            "Captured": "true",
            "Description": "Sildenafil 20mg x 30",
            "Fee": "1.61",
            "Statement Descriptor": "EXAMPLERX",
            "Status": "Paid",
            "Seller Message": "Payment complete.",
            "Card ID": "pm_1OyDeE2eZvKYlo2CaBcD5678",
            "Customer ID": "cus_PzY9x8W7v6U5t4",
            "Customer Description": "",
            "Customer Email": "marcus.odom@gmail.com",
            "Card Name": "Marcus Odom",
            "Card Address Line1": "509 Bayshore Blvd",
            "Card Address City": "Tampa",
            "Card Address State": "FL",
            "Card Address Zip": "33606",
            "Card Brand": "Visa",
            "Card Last4": "0341",
            "Card Fingerprint": "Ab3dEF9hIJ2klMN0",
            "Card Exp Month": "11",
            "Card Exp Year": "2026",
            "Card Funding": "credit",
            "Card Issue Country": "US",
            "PaymentIntent ID": "pi_3OyDeF2eZvKYlo2C1h2g3f4d",
            "order_id (metadata)": "4512",
            "product (metadata)": "sildenafil-20mg",
        },
        {
            ("Description", "MEDICATION"),
            ("Customer ID", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("Customer Email", "EMAIL"),
            ("Card Name", "NAME"),
            ("Card Address Line1", "LOCATION"),
            ("Card Address Zip", "ZIP_CODE"),
            ("Card Fingerprint", "HASHED_ID|OTHER_ID|ONLINE_ID"),
            ("product (metadata)", "MEDICATION"),
        },
        {
            ("id", "*"),
            ("Created (UTC)", "*"),
            ("Amount", "*"),
            ("Fee", "*"),
            ("Card Last4", "*"),
            ("Card Exp Month", "*"),
            ("Card Exp Year", "*"),
            ("PaymentIntent ID", "*"),
            ("order_id (metadata)", "*"),
        },
        True,
    ),
    (
        "Stripe dispute JSON: chargeback on a lab kit, evidence with customer details",
        {
            "id": "dp_1OzGhI2eZvKYlo2Cm3n4b5v6",
            "object": "dispute",
            "amount": 12900,
            "charge": "ch_3OzGhH2eZvKYlo2C0p9o8i7u",
            "created": 1711900000,
            "currency": "usd",
            "evidence": {
                "billing_address": "77 Sunset Ave, Santa Monica, CA 90401",
                "customer_email_address": "priya.raman@gmail.com",
                "customer_name": "Priya Raman",
                "customer_purchase_ip": "104.28.33.17",
                "product_description": "Female Fertility Hormone Test (AMH, FSH, estradiol)",
                "shipping_tracking_number": "9400111899223397658538",
                "shipping_carrier": "USPS",
                "uncategorized_text": "Customer received kit; lab results released 2024-03-02.",
            },
            "evidence_details": {"due_by": 1712707199, "has_evidence": True, "submission_count": 0},
            "network_reason_code": "13.1",
            "reason": "product_not_received",
            "status": "needs_response",
        },
        {
            ("evidence.billing_address", "LOCATION"),
            ("evidence.billing_address", "ZIP_CODE"),
            ("evidence.customer_email_address", "EMAIL"),
            ("evidence.customer_name", "NAME"),
            ("evidence.customer_purchase_ip", "IP_ADDRESS"),
            ("evidence.product_description", "PROCEDURE|HEALTH"),
        },
        {
            ("id", "*"),
            ("charge", "*"),
            ("created", "*"),
            ("evidence.shipping_tracking_number", "*"),
            ("evidence_details.due_by", "*"),
            ("network_reason_code", "*"),
            ("reason", "*"),
        },
        True,
    ),
    (
        "Stripe balance transaction (payout report row, no person)",
        {
            "id": "txn_3OxAbC2eZvKYlo2C0q9w8e7r",
            "object": "balance_transaction",
            "amount": 29900,
            "available_on": 1710979200,
            "created": 1710426155,
            "currency": "usd",
            "description": "Subscription update",
            "fee": 897,
            "net": 29003,
            "reporting_category": "charge",
            "source": "ch_3OxAbC2eZvKYlo2C0n1m2b3v",
            "status": "available",
            "type": "charge",
        },
        set(),
        {
            ("id", "*"),
            ("amount", "*"),
            ("available_on", "*"),
            ("created", "*"),
            ("fee", "*"),
            ("net", "*"),
            ("source", "*"),
        },
        False,
    ),
    (
        "Braintree transaction: declined A1C kit, card BIN/last4, processor codes",
        {
            "id": "9xr2m1kq",
            "status": "processor_declined",
            "type": "sale",
            "amount": "39.00",
            "currency_iso_code": "USD",
            "created_at": "2024-03-22T17:45:03Z",
            "customer": {
                "id": "64521378",
                "first_name": "Harold",
                "last_name": "Jenkins",
                "email": "hjenkins52@aol.com",
                "phone": "",
            },
            "billing": {"postal_code": "37203", "street_address": "410 Broadway"},
            "credit_card": {
                "bin": "411111",
                "last_4": "1111",
                "card_type": "Visa",
                "expiration_month": "08",
                "expiration_year": "2027",
                "unique_number_identifier": "3f9c1e0a7b5d4c2e8f6a9b1d3c5e7f0a",
                "customer_location": "US",
            },
            "custom_fields": {"product": "A1C Test Kit (diabetes monitoring)"},
            "processor_response_code": "2001",
            "processor_response_text": "Insufficient Funds",
            "avs_postal_code_response_code": "M",
            "cvv_response_code": "M",
            "network_transaction_id": "020240322174503",
        },
        {
            ("customer.id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("customer.email", "EMAIL"),
            ("billing.postal_code", "ZIP_CODE"),
            ("billing.street_address", "LOCATION"),
            ("credit_card.unique_number_identifier", "HASHED_ID|OTHER_ID|ONLINE_ID"),
            ("custom_fields.product", "HEALTH"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("credit_card.bin", "*"),
            ("credit_card.last_4", "*"),
            ("credit_card.expiration_month", "*"),
            ("credit_card.expiration_year", "*"),
            ("processor_response_code", "*"),
            ("processor_response_text", "*"),
            ("network_transaction_id", "*"),
        },
        True,
    ),
    (
        "PayPal activity CSV: sildenafil payment, payer Name, merchant's To Email",
        {
            "Date": "03/21/2024",
            "Time": "15:04:09",
            "TimeZone": "PDT",
            "Name": "Darnell Okafor",
            "Type": "Express Checkout Payment",
            "Status": "Completed",
            "Currency": "USD",
            "Gross": "45.00",
            "Fee": "-1.87",
            "Net": "43.13",
            "From Email Address": "dokafor@hotmail.com",
            "To Email Address": "payments@examplerx.com",
            "Transaction ID": "8MC585209K746392H",
            "Shipping Address": (
                "Darnell Okafor, 3305 Lakeshore Dr, Oakland, CA, 94610, United States"
            ),
            "Address Status": "Confirmed",
            "Item Title": "Sildenafil 20mg Tablets (30 count)",
            "Item ID": "ED-SIL-20-30",
            "Invoice Number": "WC-4513",
            "Receipt ID": "3121-4650-8863-2210",
            "Contact Phone Number": "510-555-0193",
            "Balance Impact": "Credit",
        },
        {
            ("Name", "NAME"),
            ("From Email Address", "EMAIL"),
            ("Shipping Address", "LOCATION"),
            ("Contact Phone Number", "PHONE"),
            ("Item Title", "MEDICATION"),
        },
        {
            ("Date", "*"),
            ("Time", "*"),
            ("Gross", "*"),
            ("To Email Address", "*"),
            ("Transaction ID", "*"),
            ("Invoice Number", "*"),
            ("Receipt ID", "*"),
        },
        True,
    ),
    (
        "Recharge subscription JSON: GLP-1 cancelled for side effects",
        {
            "id": 412345678,
            "address_id": 98765432,
            "customer_id": 87654321,
            "analytics_data": {
                "utm_params": [{"utm_source": "facebook", "utm_campaign": "glp1_spring"}]
            },
            "cancellation_reason": "Side effects",
            "cancellation_reason_comments": "constant nausea and vomiting after the dose went up",
            "cancelled_at": "2024-04-02T11:20:05",
            "charge_interval_frequency": "1",
            "created_at": "2024-01-10T09:00:00",
            "email": "lwhitfield@comcast.net",
            "external_product_id": {"ecommerce": "8123456789013"},
            "next_charge_scheduled_at": None,
            "order_interval_unit": "month",
            "price": "299.00",
            "product_title": "Compounded Tirzepatide Injection",
            "quantity": 1,
            "sku": "TIRZ-MO",
            "status": "cancelled",
            "variant_title": "5mg / 0.5mL",
        },
        {
            ("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("email", "EMAIL"),
            ("cancellation_reason_comments", "HEALTH_CONDITION"),
            ("product_title", "MEDICATION"),
        },
        {
            ("id", "*"),
            ("address_id", "*"),
            ("cancelled_at", "*"),
            ("created_at", "*"),
            ("external_product_id.ecommerce", "*"),
            ("price", "*"),
            ("variant_title", "*"),
        },
        True,
    ),
    (
        "Chargebee subscriptions CSV: ED plan, customer id",
        {
            "Subscription Id": "AzZlGJRxL1bVH2xm",
            "Customer Id": "16CRibSBUiSEqI2x",
            "Customer Email": "samir.haddad@gmail.com",
            "Customer First Name": "Samir",
            "Customer Last Name": "Haddad",
            "Customer Company": "",
            "Customer Phone": "+1 312 555 0111",
            "Plan Id": "ed-sildenafil-monthly",
            "Plan Quantity": "1",
            "Plan Unit Price": "30.00",
            "Status": "active",
            "Started At": "2024-02-01 10:00:00",
            "Current Term Start": "2024-03-01 10:00:00",
            "Current Term End": "2024-04-01 10:00:00",
            "Billing Address Line1": "1500 N Clark St",
            "Billing Address City": "Chicago",
            "Billing Address State": "IL",
            "Billing Address Zip": "60610",
        },
        {
            ("Customer Id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("Customer Email", "EMAIL"),
            ("Customer First Name", "NAME"),
            ("Customer Last Name", "NAME"),
            ("Customer Phone", "PHONE"),
            ("Plan Id", "HEALTH"),
            ("Billing Address Line1", "LOCATION"),
            ("Billing Address Zip", "ZIP_CODE"),
        },
        {
            ("Subscription Id", "*"),
            ("Plan Unit Price", "*"),
            ("Started At", "*"),
            ("Current Term Start", "*"),
            ("Current Term End", "*"),
        },
        True,
    ),
    (
        "Telehealth pharmacy fulfilment feed: patient, Rx, prescriber NPI, UPS tracking",
        {
            "order_id": "TP-88231",
            "created_at": "2024-03-19T13:02:44Z",
            "patient": {
                "first_name": "Gloria",
                "last_name": "Fuentes",
                "dob": "1958-10-30",
                "gender": "F",
                "phone": "915-555-0102",
            },
            "shipping_address": {
                "street1": "2140 Montana Ave",
                "city": "El Paso",
                "state": "TX",
                "zip": "79903",
            },
            "prescriptions": [
                {
                    "rx_number": "6612345",
                    "medication_name": "Semaglutide 2.5 mg/mL vial (compounded)",
                    "days_supply": 28,
                    "refills_remaining": 2,
                    "prescriber": {"name": "Dr. Alan Whitaker", "npi": "1234567893"},
                }
            ],
            "shipment": {
                "carrier": "UPS",
                "tracking_number": "1Z12345E0205271688",
                "service": "2DA",
            },
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("shipping_address.street1", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("prescriptions[0].medication_name", "MEDICATION"),
        },
        {
            ("order_id", "*"),
            ("created_at", "*"),
            ("prescriptions[0].days_supply", "*"),
            ("prescriptions[0].refills_remaining", "*"),
            ("shipment.tracking_number", "*"),
            ("shipment.service", "*"),
        },
        True,
    ),
    (
        "GA4 BigQuery purchase row: items[] name a medication, user_id set",
        {
            "event_date": "20240318",
            "event_timestamp": 1710767563123456,
            "event_name": "purchase",
            "user_id": "7012345678123",
            "user_pseudo_id": "1843950271.1710767001",
            "event_params": [
                {"key": "transaction_id", "value": {"string_value": "1005"}},
                {"key": "ga_session_id", "value": {"int_value": 1710767001}},
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://shop.example.com/checkouts/c/8f2a/thank_you"
                    },
                },
            ],
            "ecommerce": {
                "total_item_quantity": 1,
                "purchase_revenue_in_usd": 88.0,
                "purchase_revenue": 88.0,
                "transaction_id": "1005",
                "unique_items": 1,
            },
            "items": [
                {
                    "item_id": "FIN-1MG-90",
                    "item_name": "Finasteride 1mg Tablets - 90 Day Supply",
                    "item_brand": "Example Rx",
                    "item_category": "Hair Loss",
                    "price_in_usd": 88.0,
                    "quantity": 1,
                    "item_revenue": 88.0,
                }
            ],
            "geo": {"country": "United States", "region": "Colorado", "city": "Denver"},
        },
        {
            ("user_id", "ONLINE_ID|OTHER_ID|ACCOUNT_NUMBER"),
            ("user_pseudo_id", "ONLINE_ID"),
            ("items[0].item_name", "MEDICATION"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[0].value.string_value", "*"),
            ("event_params[1].value.int_value", "*"),
            ("ecommerce.transaction_id", "*"),
            ("ecommerce.purchase_revenue", "*"),
            ("items[0].price_in_usd", "*"),
        },
        True,
    ),
    (
        "GA4 Measurement Protocol purchase payload: hashed email in user_data",
        {
            "client_id": "1843950271.1710767001",
            "user_id": "cus_Qa1B2c3D4e5F6g",
            "timestamp_micros": "1710767563123456",
            "user_data": {"sha256_email_address": _sha("jordan.ellis@proton.me")},
            "events": [
                {
                    "name": "purchase",
                    "params": {
                        "transaction_id": "pi_3OxQrS2eZvKYlo2C0z9y8x7w",
                        "value": 59.0,
                        "currency": "USD",
                        "items": [
                            {
                                "item_id": "HL-KIT-1",
                                "item_name": "Hair Loss Kit: Finasteride + Minoxidil",
                                "quantity": 1,
                            }
                        ],
                    },
                }
            ],
        },
        {
            ("client_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID|ACCOUNT_NUMBER"),
            ("user_data.sha256_email_address", "HASHED_ID"),
            ("events[0].params.items[0].item_name", "MEDICATION"),
        },
        {
            ("timestamp_micros", "*"),
            ("events[0].params.transaction_id", "*"),
            ("events[0].params.value", "*"),
        },
        True,
    ),
    (
        "GA4 item report CSV (aggregate, no person)",
        {
            "Item name": "Compounded Semaglutide Injection",
            "Item category": "Weight Loss",
            "Item ID": "SEMA-25-MO",
            "Items viewed": "18422",
            "Items added to cart": "2311",
            "Items purchased": "904",
            "Item revenue": "270296.00",
        },
        {("Item name", "MEDICATION")},
        {
            ("Items viewed", "*"),
            ("Items added to cart", "*"),
            ("Items purchased", "*"),
            ("Item revenue", "*"),
        },
        False,
    ),
    (
        "Abandoned-cart email log: first name in the greeting, store footer",
        {
            "message_id": "01HS8Z7K4X2M9Q3N5R6T8V0W1Y",
            "flow": "Abandoned Checkout - Rx",
            "to": "jwalker77@gmail.com",
            "from": "care@examplerx.com",
            "subject": "You left something in your cart",
            "sent_at": "2024-03-23T18:00:00Z",
            "body_text": (
                "Hi James, you left Sildenafil 20mg (30 tablets) in your cart. Finish your "
                "visit here: https://shop.example.com/cart/recover?token=8f1c2d3e. Questions? "
                "Call our care team at (888) 555-0142. Example Rx, 500 Commerce St, Austin, "
                "TX 78701."
            ),
        },
        {("to", "EMAIL"), ("body_text", "NAME"), ("body_text", "MEDICATION")},
        {
            ("message_id", "*"),
            ("from", "*"),
            ("sent_at", "*"),
            ("body_text", "PHONE"),
            ("body_text", "ZIP_CODE"),
            ("body_text", "LOCATION"),
        },
        True,
    ),
    (
        "Shopify Admin API refund JSON: reason note names a condition, no person",
        {
            "id": 929361462,
            "order_id": 5612847390299,
            "created_at": "2024-03-25T10:11:12-04:00",
            "note": "Refund - provider declined Rx, patient disclosed liver disease",
            "restock": False,
            "refund_line_items": [
                {"id": 104689, "line_item_id": 13912345678901, "quantity": 1, "subtotal": 88.0}
            ],
            "transactions": [
                {
                    "id": 179259969,
                    "kind": "refund",
                    "gateway": "shopify_payments",
                    "status": "success",
                    "amount": "88.00",
                    "authorization": "re_3OxZz12eZvKYlo2C1q2w3e4r",
                }
            ],
        },
        {("note", "HEALTH_CONDITION")},
        {
            ("id", "*"),
            ("order_id", "*"),
            ("created_at", "*"),
            ("refund_line_items[0].line_item_id", "*"),
            ("transactions[0].id", "*"),
            ("transactions[0].authorization", "*"),
            ("transactions[0].amount", "*"),
        },
        False,
    ),
    (
        "Square transactions CSV: in-store pharmacy sale, PAN Suffix, customer",
        {
            "Date": "2024-03-22",
            "Time": "11:42:10",
            "Time Zone": "Central Time (US & Canada)",
            "Gross Sales": "$24.00",
            "Discounts": "$0.00",
            "Net Sales": "$24.00",
            "Tax": "$1.98",
            "Total Collected": "$25.98",
            "Source": "Square Point of Sale",
            "Card": "$25.98",
            "Card Brand": "Mastercard",
            "PAN Suffix": "4444",
            "Device Name": "Front Counter iPad",
            "Details": "",
            "Description": "Plan B One-Step (levonorgestrel 1.5mg)",
            "Transaction ID": "mQK5b2ZxRt8WnCq1VbLs3YeA",
            "Payment ID": "bP3kYx9QwTzN8mR2LcVd7HfG",
            "Location": "Example Pharmacy - Downtown",
            "Customer ID": "JDKYHBWT1D4F8MFH63DBMEN8Y4",
            "Customer Name": "Ana Morales",
            "Customer Reference ID": "",
        },
        {
            ("Description", "MEDICATION"),
            ("Customer ID", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("Customer Name", "NAME"),
        },
        {
            ("Date", "*"),
            ("Time", "*"),
            ("PAN Suffix", "*"),
            ("Device Name", "*"),
            ("Transaction ID", "*"),
            ("Payment ID", "*"),
            ("Location", "*"),
        },
        True,
    ),
    (
        "Shopify fulfilment event JSON: tracking only (no person, no health)",
        {
            "id": 4912345679001,
            "order_id": 5612847390311,
            "status": "success",
            "created_at": "2024-03-26T08:00:00-04:00",
            "service": "manual",
            "tracking_company": "FedEx",
            "tracking_number": "771234567890",
            "tracking_numbers": ["771234567890"],
            "tracking_urls": ["https://www.fedex.com/fedextrack/?trknbr=771234567890"],
            "location_id": 65432109876,
            "shipment_status": "in_transit",
        },
        set(),
        {
            ("id", "*"),
            ("order_id", "*"),
            ("created_at", "*"),
            ("tracking_number", "*"),
            ("tracking_numbers[0]", "*"),
            ("location_id", "*"),
        },
        False,
    ),
    (
        "Shopify Payments dispute JSON: reason codes only",
        {
            "id": 1052,
            "order_id": 5612847390299,
            "type": "chargeback",
            "amount": "88.00",
            "currency": "USD",
            "reason": "fraudulent",
            "network_reason_code": "4837",
            "status": "under_review",
            "evidence_due_by": "2024-04-08T19:00:00-04:00",
            "evidence_sent_on": None,
            "finalized_on": None,
            "initiated_at": "2024-03-25T11:00:00-04:00",
        },
        set(),
        {
            ("id", "*"),
            ("order_id", "*"),
            ("network_reason_code", "*"),
            ("evidence_due_by", "*"),
            ("initiated_at", "*"),
        },
        False,
    ),
    (
        "Klaviyo Started Checkout event: STI kit, profile email and first name",
        {
            "type": "event",
            "id": "4Kp8Qw2Zx7",
            "attributes": {
                "metric_id": "RkT2aB",
                "timestamp": 1711213200,
                "datetime": "2024-03-23T17:00:00+00:00",
                "event_properties": {
                    "$event_id": "1007_1711213200",
                    "$value": 149.0,
                    "ItemNames": ["Complete STI Panel (HIV, Syphilis, Chlamydia, Gonorrhea)"],
                    "Items": [
                        {
                            "ProductID": 8123456789020,
                            "SKU": "LAB-STI-6",
                            "ProductName": (
                                "Complete STI Panel (HIV, Syphilis, Chlamydia, Gonorrhea)"
                            ),
                            "ItemPrice": 149.0,
                        }
                    ],
                },
                "profile": {
                    "email": "r.castillo@gmail.com",
                    "first_name": "Rafael",
                    "phone_number": "+17025550166",
                },
            },
        },
        {
            ("attributes.profile.email", "EMAIL"),
            ("attributes.profile.first_name", "NAME"),
            ("attributes.profile.phone_number", "PHONE"),
            ("attributes.event_properties.ItemNames[0]", "HEALTH"),
        },
        {
            ("id", "*"),
            ("attributes.timestamp", "*"),
            ("attributes.datetime", "*"),
            ("attributes.event_properties.$event_id", "*"),
            ("attributes.event_properties.Items[0].ProductID", "*"),
        },
        True,
    ),
]


HELD_OUT = [
    (
        "(held out) Shopify orders CSV: hair-loss order shipped to someone else",
        {
            "Name": "#1010",
            "Email": "kevin.oconnor@gmail.com",
            "Financial Status": "paid",
            "Created at": "2024-05-01 12:00:41 -0400",
            "Lineitem name": "Oral Minoxidil 2.5mg + Finasteride 1mg",
            "Lineitem sku": "HL-COMBO-30",
            "Billing Name": "Kevin O'Connor",
            "Billing Zip": "19103",
            "Shipping Name": "Kevin O'Connor",
            "Shipping Street": "1801 Market St Ste 2200",
            "Shipping City": "Philadelphia",
            "Shipping Zip": "19103",
            "Shipping Phone": "+1 (215) 555-0109",
            "Notes": "ship to my office please",
            "Tags": "hair-loss, returning",
            "Id": "5612847390400",
        },
        {
            ("Email", "EMAIL"),
            ("Billing Name", "NAME"),
            ("Shipping Name", "NAME"),
            ("Shipping Street", "LOCATION"),
            ("Shipping Zip", "ZIP_CODE"),
            ("Shipping Phone", "PHONE"),
            ("Lineitem name", "MEDICATION"),
        },
        {("Name", "*"), ("Created at", "*"), ("Id", "*"), ("Notes", "*")},
        True,
    ),
    (
        "(held out) Stripe refund JSON: reason with symptoms, no person",
        {
            "id": "re_3OxZz12eZvKYlo2C1q2w3e4r",
            "object": "refund",
            "amount": 29900,
            "charge": "ch_3OxAbC2eZvKYlo2C0n1m2b3v",
            "created": 1711382400,
            "currency": "usd",
            "metadata": {"refund_note": "severe headaches and blurred vision on sildenafil"},
            "payment_intent": "pi_3OxAbC2eZvKYlo2C0k8j7h6g",
            "reason": "requested_by_customer",
            "status": "succeeded",
        },
        {("metadata.refund_note", "HEALTH_CONDITION")},
        {("id", "*"), ("charge", "*"), ("created", "*"), ("payment_intent", "*"), ("reason", "*")},
        False,
    ),
    (
        "(held out) GTM dataLayer purchase push with enhanced-conversion user data",
        {
            "event": "purchase",
            "gtm.uniqueEventId": 41,
            "ecommerce": {
                "transaction_id": "1011",
                "value": 129.0,
                "currency": "USD",
                "coupon": "WELCOME10",
                "items": [
                    {
                        "item_id": "LAB-FERT-F",
                        "item_name": "Female Fertility Hormone Test",
                        "item_category": "Lab Tests",
                        "price": 129.0,
                    }
                ],
            },
            "user_data": {
                "email_address": "chloe.bennett@gmail.com",
                "phone_number": "+14155550177",
                "address": {"first_name": "Chloe", "last_name": "Bennett", "postal_code": "94117"},
            },
        },
        {
            ("ecommerce.items[0].item_name", "PROCEDURE|HEALTH"),
            ("user_data.email_address", "EMAIL"),
            ("user_data.phone_number", "PHONE"),
            ("user_data.address.first_name", "NAME"),
            ("user_data.address.postal_code", "ZIP_CODE"),
        },
        {
            ("gtm.uniqueEventId", "*"),
            ("ecommerce.transaction_id", "*"),
            ("ecommerce.value", "*"),
            ("ecommerce.coupon", "*"),
        },
        True,
    ),
    (
        "(held out) WooCommerce wp_postmeta row: _billing_phone alone",
        {
            "meta_id": 88140,
            "post_id": 4520,
            "meta_key": "_billing_phone",
            "meta_value": "(512) 555-0199",
        },
        {("meta_value", "PHONE")},
        {("meta_id", "*"), ("post_id", "*")},
        False,
    ),
    (
        "(held out) Shopify Admin API order JSON: birth control, shipping_address, intake",
        {
            "id": 5612847390500,
            "name": "#1012",
            "order_number": 1012,
            "contact_email": "aisha.k@gmail.com",
            "created_at": "2024-05-03T15:30:00-04:00",
            "customer": {"id": 7012345678999, "first_name": "Aisha", "last_name": "Kamara"},
            "shipping_address": {
                "address1": "915 W 37th St",
                "city": "Minneapolis",
                "zip": "55409",
                "phone": "612-555-0155",
                "name": "Aisha Kamara",
            },
            "line_items": [
                {
                    "id": 13912345679100,
                    "title": "Yaz (drospirenone/ethinyl estradiol)",
                    "sku": "BC-YAZ-3",
                }
            ],
            "note_attributes": [
                {"name": "smoker", "value": "no"},
                {"name": "history", "value": "migraine with aura"},
                {"name": "blood_pressure", "value": "118/76"},
            ],
            "tags": "birth-control, new-patient",
        },
        {
            ("contact_email", "EMAIL"),
            ("customer.id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("customer.first_name", "NAME"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("shipping_address.phone", "PHONE"),
            ("shipping_address.name", "NAME"),
            ("line_items[0].title", "MEDICATION"),
            ("note_attributes[1].value", "HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("name", "*"),
            ("order_number", "*"),
            ("created_at", "*"),
            ("line_items[0].id", "*"),
        },
        True,
    ),
    (
        "(held out) Recharge charge JSON: upcoming GLP-1 charge, billing address",
        {
            "id": 612345678,
            "customer_id": 87654399,
            "address_id": 98765499,
            "email": "dlopez.tx@gmail.com",
            "first_name": "Daniel",
            "last_name": "Lopez",
            "billing_address": {
                "address1": "6402 Westheimer Rd",
                "city": "Houston",
                "province": "Texas",
                "zip": "77057",
                "phone": "713-555-0124",
            },
            "line_items": [
                {"title": "Compounded Semaglutide Injection", "sku": "SEMA-25-MO", "quantity": 1}
            ],
            "scheduled_at": "2024-05-10T00:00:00",
            "status": "QUEUED",
            "total_price": "299.00",
            "external_order_id": {"ecommerce": "5612847390600"},
        },
        {
            ("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("billing_address.address1", "LOCATION"),
            ("billing_address.zip", "ZIP_CODE"),
            ("billing_address.phone", "PHONE"),
            ("line_items[0].title", "MEDICATION"),
        },
        {
            ("id", "*"),
            ("address_id", "*"),
            ("total_price", "*"),
            ("external_order_id.ecommerce", "*"),
        },
        True,
    ),
    (
        "(held out) Shopify products CSV: at-home A1C kit (no person)",
        {
            "Handle": "at-home-a1c-test-kit",
            "Title": "At-Home A1C Test Kit",
            "Type": "Lab Test",
            "Tags": "diabetes, lab-kit",
            "Variant SKU": "LAB-A1C-1",
            "Variant Price": "49.00",
            "Variant Barcode": "850012345674",
            "Status": "active",
        },
        {("Title", "HEALTH")},
        {("Variant Barcode", "*"), ("Variant Price", "*")},
        False,
    ),
    (
        "(held out) PayPal activity CSV: refund to the merchant's own account (no buyer)",
        {
            "Date": "03/28/2024",
            "Time": "09:12:44",
            "TimeZone": "PDT",
            "Name": "PayPal",
            "Type": "General Withdrawal",
            "Status": "Completed",
            "Currency": "USD",
            "Gross": "-5000.00",
            "Fee": "0.00",
            "Net": "-5000.00",
            "From Email Address": "payments@examplerx.com",
            "To Email Address": "",
            "Transaction ID": "5TY05013RG002845M",
            "Receipt ID": "",
            "Balance Impact": "Debit",
        },
        set(),
        {
            ("Name", "*"),
            ("From Email Address", "*"),
            ("Transaction ID", "*"),
            ("Gross", "*"),
            ("Date", "*"),
        },
        False,
    ),
    (
        "(held out) Stripe charge JSON: failed card payment, decline code, ED product",
        {
            "id": "ch_3P0aBc2eZvKYlo2C1x2c3v4b",
            "object": "charge",
            "amount": 4500,
            "billing_details": {
                "address": {"postal_code": "10027", "line1": None, "city": None},
                "email": None,
                "name": "Tyrone Mitchell",
                "phone": None,
            },
            "created": 1712000000,
            "customer": "cus_Pb7Nm6Lk5Jh4Gf",
            "description": "Tadalafil 5mg daily - monthly",
            "failure_code": "card_declined",
            "failure_message": "Your card was declined.",
            "outcome": {
                "network_status": "declined_by_network",
                "reason": "do_not_honor",
                "type": "issuer_declined",
            },
            "payment_method_details": {
                "card": {"brand": "amex", "last4": "0005", "exp_month": 3, "exp_year": 2028}
            },
            "status": "failed",
        },
        {
            ("billing_details.address.postal_code", "ZIP_CODE"),
            ("billing_details.name", "NAME"),
            ("customer", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("description", "MEDICATION"),
        },
        {
            ("id", "*"),
            ("created", "*"),
            ("failure_code", "*"),
            ("outcome.reason", "*"),
            ("payment_method_details.card.last4", "*"),
            ("payment_method_details.card.exp_year", "*"),
        },
        True,
    ),
    (
        "(held out) abandoned-cart SMS log (Postscript-like): phone and product",
        {
            "id": "msg_9f8e7d6c",
            "subscriber_phone": "+19195550133",
            "direction": "outbound",
            "shop_phone": "+18885550142",
            "body": "Example Rx: your A1C Test Kit is still in your cart. Reply STOP to opt out.",
            "created_at": "2024-03-24T16:00:00Z",
        },
        {("subscriber_phone", "PHONE"), ("body", "HEALTH")},
        {("id", "*"), ("shop_phone", "*"), ("created_at", "*")},
        True,
    ),
]


#: Records whose open items are decided, not forgotten: name -> (what stays open, why).
_OPEN = {
    "Stripe dispute JSON: chargeback on a lab kit, evidence with customer details": (
        {("evidence.billing_address", "ZIP_CODE")},
        "a whole address in an address field is one LOCATION (field_names' whole-value "
        "finding), which covers its ZIP and redacts it with the rest, as the forms and "
        "pharma probes decided; a separate ZIP_CODE would only matter to a policy that "
        "generalizes ZIPs but keeps streets",
    ),
    "Abandoned-cart email log: first name in the greeting, store footer": (
        {("body_text", "LOCATION"), ("body_text", "ZIP_CODE")},
        "the store's footer (its street address) sits in the same free text as the "
        "customer's words; the project reports an address in free text and lets the "
        "business's go only in sender and help-line fields. Telling a footer from a "
        "patient's own address needs the sender's address book, which a scan does not have "
        '(its toll-free line, "Call our care team at (888) ...", is the sender\'s since '
        "tests/test_blood_plasma_organ_donation.py: a toll-free number the text calls its own)",
    ),
    "(held out) PayPal activity CSV: refund to the merchant's own account (no buyer)": (
        {("Name", "NAME")},
        "PayPal writes ``PayPal`` in the payer's ``Name`` column of its own rows "
        "(withdrawals); one capitalised word in a person's name column reads as a name "
        "(``DeShawn``, ``McKenzie`` look the same), and no identifier else is in the row, "
        "so its PHI verdict is right",
    ),
}
LEFT_ALONE = [(*row, *_OPEN[row[0]]) for row in SHAPES + HELD_OUT if row[0] in _OPEN]
SHAPES = [row for row in SHAPES if row[0] not in _OPEN]
HELD_OUT = [row for row in HELD_OUT if row[0] not in _OPEN]


test_health_commerce_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)


#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 39 records): a change that loses recall or precision on commerce exports
#: fails here. Before the work, blind: SHAPES 9 misses, 15 false findings, 15 records
#: read wrong (of 29); HELD_OUT 2 / 5 / 5 (of 10).
FLOORS = ShapeTotals(expected=176, misses=1, false=3, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
