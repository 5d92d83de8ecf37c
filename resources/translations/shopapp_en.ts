<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DayReport</name>
    <message numerus="yes">
        <source>%Ln acknowledged</source>
        <translation>
            <numerusform>%Ln acknowledged</numerusform>
            <numerusform>%Ln acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to send</source>
        <translation>
            <numerusform>%Ln waiting to send</numerusform>
            <numerusform>%Ln waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) to go</source>
        <translation>
            <numerusform>%n parcel to go</numerusform>
            <numerusform>%n parcels to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) have no outcome yet. Put them back on the shelf?</source>
        <translation>
            <numerusform>%n parcel has no outcome yet. Put it back on the shelf?</numerusform>
            <numerusform>%n parcels have no outcome yet. Put them back on the shelf?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n event(s) exported to {0}</source>
        <translation>
            <numerusform>%n event exported to {0}</numerusform>
            <numerusform>%n events exported to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Checking in: {0} of %n code(s)</source>
        <translation>
            <numerusform>Checking in: {0} of %n code</numerusform>
            <numerusform>Checking in: {0} of %n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n character(s)).</source>
        <translation>
            <numerusform>The text is too long for a QR code (%n character).</numerusform>
            <numerusform>The text is too long for a QR code (%n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n code(s): {0} received, {1} already received, {2} not on manifest, {3} outside radius, {4} invalid.</source>
        <translation>
            <numerusform>Imported %n code: {0} received, {1} already received, {2} not on manifest, {3} outside radius, {4} invalid.</numerusform>
            <numerusform>Imported %n codes: {0} received, {1} already received, {2} not on manifest, {3} outside radius, {4} invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped at line {0}: the %n code(s) before it were checked in. Import the file again to check in the rest; codes already checked in are not counted twice.</source>
        <translation>
            <numerusform>Import stopped at line {0}: the %n code before it was checked in. Import the file again to check in the rest; codes already checked in are not counted twice.</numerusform>
            <numerusform>Import stopped at line {0}: the %n codes before it were checked in. Import the file again to check in the rest; codes already checked in are not counted twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Not scanned in yet: %n parcel(s) on the manifest</source>
        <translation>
            <numerusform>⚠ Not scanned in yet: %n parcel on the manifest</numerusform>
            <numerusform>⚠ Not scanned in yet: %n parcels on the manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Rejected by the carrier: %n event(s). See Sync</source>
        <translation>
            <numerusform>⚠ Rejected by the carrier: %n event. See Sync</numerusform>
            <numerusform>⚠ Rejected by the carrier: %n events. See Sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Past their deadline: %n parcel(s)</source>
        <translation>
            <numerusform>⚠ Past its deadline: %n parcel</numerusform>
            <numerusform>⚠ Past their deadline: %n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Waited too long for pickup: %n parcel(s)</source>
        <translation>
            <numerusform>⚠ Waited too long for pickup: %n parcel</numerusform>
            <numerusform>⚠ Waited too long for pickup: %n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>%n event sent</numerusform>
            <numerusform>%n events sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new parcel(s) expected</source>
        <translation>
            <numerusform>%n new parcel expected</numerusform>
            <numerusform>%n new parcels expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) of the manifest received</source>
        <translation>
            <numerusform>%n parcel of the manifest received</numerusform>
            <numerusform>%n parcels of the manifest received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof file(s) done</source>
        <translation>
            <numerusform>%n proof file done</numerusform>
            <numerusform>%n proof files done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) got no answer from the carrier's server; they stay waiting and go with the next sync.</source>
        <translation>
            <numerusform>%n event got no answer from the carrier's server; it stays waiting and goes with the next sync.</numerusform>
            <numerusform>%n events got no answer from the carrier's server; they stay waiting and go with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message numerus="yes">
        <source>%n parcel(s) waited too long and moved to the returns.</source>
        <translation>
            <numerusform>%n parcel waited too long and moved to the returns.</numerusform>
            <numerusform>%n parcels waited too long and moved to the returns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n address(es) on the shelf waiting to be planned. Today's shift is over: press F5 to plan tomorrow.</source>
        <translation>
            <numerusform>%n address on the shelf waiting to be planned. Today's shift is over: press F5 to plan tomorrow.</numerusform>
            <numerusform>%n addresses on the shelf waiting to be planned. Today's shift is over: press F5 to plan tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the shelf waiting to be planned. Press F5 to plan today.</source>
        <translation>
            <numerusform>%n address on the shelf waiting to be planned. Press F5 to plan today.</numerusform>
            <numerusform>%n addresses on the shelf waiting to be planned. Press F5 to plan today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on a route</source>
        <translation>
            <numerusform>%n not on a route</numerusform>
            <numerusform>%n not on a route</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planning %n address(es)…</source>
        <translation>
            <numerusform>Planning %n address…</numerusform>
            <numerusform>Planning %n addresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n parcel(s) as out for delivery and start the run?</source>
        <translation>
            <numerusform>Mark %n parcel as out for delivery and start the run?</numerusform>
            <numerusform>Mark %n parcels as out for delivery and start the run?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) out for delivery. Good run!</source>
        <translation>
            <numerusform>%n parcel out for delivery. Good run!</numerusform>
            <numerusform>%n parcels out for delivery. Good run!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; scanned in</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; scanned in</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; scanned in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; delivered</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; not delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; not delivered</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; not delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; picked up</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; picked up</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; picked up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; return(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; return</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrections of the day (%n)</source>
        <translation>
            <numerusform>Corrections of the day (%n)</numerusform>
            <numerusform>Corrections of the day (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deliveries: %Ln</source>
        <translation>
            <numerusform>delivery: %Ln</numerusform>
            <numerusform>deliveries: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pickups: %Ln</source>
        <translation>
            <numerusform>pickup: %Ln</numerusform>
            <numerusform>pickups: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message numerus="yes">
        <source>✔ {0} handed to the carrier. %n left to return.</source>
        <translation>
            <numerusform>✔ {0} handed to the carrier. %n left to return.</numerusform>
            <numerusform>✔ {0} handed to the carrier. %n left to return.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message numerus="yes">
        <source>%n label(s) kept.</source>
        <translation>
            <numerusform>%n label kept.</numerusform>
            <numerusform>%n labels kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not scanned yet: %n parcel(s)</source>
        <translation>
            <numerusform>Not scanned yet: %n parcel</numerusform>
            <numerusform>Not scanned yet: %n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopStatusBar</name>
    <message numerus="yes">
        <source>%n event(s) waiting to sync</source>
        <translation>
            <numerusform>%n event waiting to sync</numerusform>
            <numerusform>%n events waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected: see Sync</source>
        <translation>
            <numerusform>%n rejected: see Sync</numerusform>
            <numerusform>%n rejected: see Sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>The next try starts by itself in %n minute(s).</source>
        <translation>
            <numerusform>The next try starts by itself in %n minute.</numerusform>
            <numerusform>The next try starts by itself in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next try starts by itself in %n second(s).</source>
        <translation>
            <numerusform>The next try starts by itself in %n second.</numerusform>
            <numerusform>The next try starts by itself in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Expected, not scanned</source>
        <translation>
            <numerusform>Expected, not scanned</numerusform>
            <numerusform>Expected, not scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned in today</source>
        <translation>
            <numerusform>Scanned in today</numerusform>
            <numerusform>Scanned in today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the shelf</source>
        <translation>
            <numerusform>On the shelf</numerusform>
            <numerusform>On the shelf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out for delivery</source>
        <translation>
            <numerusform>Out for delivery</numerusform>
            <numerusform>Out for delivery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered today</source>
        <translation>
            <numerusform>Delivered today</numerusform>
            <numerusform>Delivered today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed today</source>
        <translation>
            <numerusform>Failed today</numerusform>
            <numerusform>Failed today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for pickup</source>
        <translation>
            <numerusform>Waiting for pickup</numerusform>
            <numerusform>Waiting for pickup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returns to carrier</source>
        <translation>
            <numerusform>Return to carrier</numerusform>
            <numerusform>Returns to carrier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync</source>
        <translation>
            <numerusform>Waiting to sync</numerusform>
            <numerusform>Waiting to sync</numerusform>
        </translation>
    </message>
</context>
</TS>