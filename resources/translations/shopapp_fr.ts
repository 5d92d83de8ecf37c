<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;The optional LKH-3 tour solver (elkai) is not installed: its licence allows research and non-profit use only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le solveur de tournées facultatif LKH-3 (elkai) n’est pas installé : sa licence n’autorise qu’un usage de recherche ou non lucratif.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LKH-3 (elkai) is installed on this computer. Its licence allows research and non-profit use only: a business may not use it. It is used only when chosen with SHOPAPP_TSP_SOLVER=lkh.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LKH-3 (elkai) est installé sur cet ordinateur. Sa licence n’autorise qu’un usage de recherche ou non lucratif : une entreprise ne peut pas l’utiliser. Il n’est utilisé que s’il est choisi avec SHOPAPP_TSP_SOLVER=lkh.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Partner-shop parcel app {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Application des magasins partenaires {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Road map data {0}, available under the Open Database License ({1}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Données cartographiques {0}, sous licence Open Database License ({1}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Routing: Valhalla (MIT). OpenStreetMap reading: pyosmium (BSD-2-Clause). Route planning: PyVRP (MIT). Carrier number formats: tracking_number_data (MIT). Interface: Qt for Python, PySide6 (LGPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Itinéraires : Valhalla (MIT). Lecture d’OpenStreetMap : pyosmium (BSD-2-Clause). Planification des tournées : PyVRP (MIT). Formats des numéros de suivi : tracking_number_data (MIT). Interface : Qt for Python, PySide6 (LGPL-3.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Parts the app ships, with their licences:</source>
        <translation>Composants fournis avec l’application, et leurs licences :</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Prendre la photo (Espace)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Point the camera at the parcel where it was left.</source>
        <translation>Cadrez le colis là où il a été déposé.</translation>
    </message>
    <message>
        <source>The camera failed: {0}</source>
        <translation>La caméra ne répond pas : {0}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Not delivered: {0}</source>
        <translation>Non livré : {0}</translation>
    </message>
    <message>
        <source>Correct the handover</source>
        <translation>Corriger la remise</translation>
    </message>
    <message>
        <source>Correct the outcome</source>
        <translation>Corriger le résultat</translation>
    </message>
    <message>
        <source>Parcel {0} for {1}: recorded at {2} as “{3}”.</source>
        <translation>Colis {0} pour {1} : enregistré à {2} comme « {3} ».</translation>
    </message>
    <message>
        <source>The record stays; the correction is added beside it and sent to the carrier.</source>
        <translation>L’enregistrement reste ; la correction est ajoutée à côté et envoyée au transporteur.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Who took the parcel</source>
        <translation>Qui a pris le colis</translation>
    </message>
    <message>
        <source>Neighbour's &amp;address</source>
        <translation>&amp;Adresse du voisin</translation>
    </message>
    <message>
        <source>e.g. 5 Mill Lane</source>
        <translation>ex. 5 rue du Moulin</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>e.g. Behind the green bin</source>
        <translation>ex. Derrière la poubelle verte</translation>
    </message>
    <message>
        <source>Why not delivered</source>
        <translation>Pourquoi non livré</translation>
    </message>
    <message>
        <source>Why not &amp;delivered</source>
        <translation>Pourquoi non &amp;livré</translation>
    </message>
    <message>
        <source>Why correct it</source>
        <translation>Pourquoi corriger</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Why &amp;correct it</source>
        <translation>Pourquoi &amp;corriger</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>A few words for the carrier (needed for Other)</source>
        <translation>Quelques mots pour le transporteur (obligatoire pour Autre)</translation>
    </message>
    <message>
        <source>To the recipient</source>
        <translation>Au destinataire</translation>
    </message>
    <message>
        <source>With a neighbour</source>
        <translation>Chez un voisin</translation>
    </message>
    <message>
        <source>In a safe place</source>
        <translation>En lieu sûr</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non livré</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Export parcels as CSV</source>
        <translation>Exporter les colis en CSV</translation>
    </message>
    <message>
        <source>Every scan, delivery, pickup and return of these days, one line each.</source>
        <translation>Chaque scan, livraison, retrait et retour de ces jours, une ligne pour chacun.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Events of the day: {0}, {1}, {2}.</source>
        <translation>Événements du jour : {0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged</source>
        <translation>
            <numerusform>%Ln confirmé</numerusform>
            <numerusform>%Ln confirmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to send</source>
        <translation>
            <numerusform>%Ln en attente d’envoi</numerusform>
            <numerusform>%Ln en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln refusé</numerusform>
            <numerusform>%Ln refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrigé)</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Corrected to</source>
        <translation>Corrigé en</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation>Scannés à l’arrivée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non livrés</translation>
    </message>
    <message>
        <source>Held for pickup</source>
        <translation>Mis de côté pour retrait</translation>
    </message>
    <message>
        <source>Picked up at the counter</source>
        <translation>Retirés au comptoir</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <translation>Retours au transporteur</translation>
    </message>
    <message>
        <source>Handed back to the carrier</source>
        <translation>Rendus au transporteur</translation>
    </message>
    <message>
        <source>End of day · {0}</source>
        <translation>Fin de journée · {0}</translation>
    </message>
    <message>
        <source>The day's figures</source>
        <translation>Les chiffres du jour</translation>
    </message>
    <message>
        <source>Earnings ({0} × {1} + {2} × {3})</source>
        <translation>Gains ({0} × {1} + {2} × {3})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>None today.</source>
        <translation>Aucun aujourd’hui.</translation>
    </message>
    <message>
        <source>Sync with the carrier</source>
        <translation>Synchronisation avec le transporteur</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Dernière synchro : {0}</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Jamais synchronisé.</translation>
    </message>
    <message>
        <source>{0} rejected: {1}</source>
        <translation>{0} refusé : {1}</translation>
    </message>
    <message>
        <source>End of day {0}</source>
        <translation>Fin de journée {0}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Stops in order</source>
        <translation>Arrêts dans l’ordre</translation>
    </message>
    <message>
        <source>Directions to this stop</source>
        <translation>Itinéraire vers cet arrêt</translation>
    </message>
    <message>
        <source>Parcels at this stop</source>
        <translation>Colis de cet arrêt</translation>
    </message>
    <message>
        <source>F1  Delivered to recipient</source>
        <translation>F1  Remis au destinataire</translation>
    </message>
    <message>
        <source>F2  Left with neighbour</source>
        <translation>F2  Laissé chez un voisin</translation>
    </message>
    <message>
        <source>F3  Left in safe place</source>
        <translation>F3  Laissé en lieu sûr</translation>
    </message>
    <message>
        <source>F4  Not delivered</source>
        <translation>F4  Non livré</translation>
    </message>
    <message>
        <source>F5  Next stop</source>
        <translation>F5  Arrêt suivant</translation>
    </message>
    <message>
        <source>F9  Back at the shop</source>
        <translation>F9  Retour à la boutique</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Livrer</translation>
    </message>
    <message>
        <source>Scan a parcel at the door to check it is the right one.</source>
        <translation>Scannez le colis à la porte pour vérifier que c’est le bon.</translation>
    </message>
    <message>
        <source>done ({0})</source>
        <translation>terminé ({0})</translation>
    </message>
    <message>
        <source>ETA {0}</source>
        <translation>Arrivée prévue {0}</translation>
    </message>
    <message>
        <source>No parcels out for delivery</source>
        <translation>Aucun colis en livraison</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to recipient…</source>
        <translation>Remis au destinataire…</translation>
    </message>
    <message>
        <source>Left with neighbour…</source>
        <translation>Laissé chez un voisin…</translation>
    </message>
    <message>
        <source>Left in safe place…</source>
        <translation>Laissé en lieu sûr…</translation>
    </message>
    <message>
        <source>Not delivered…</source>
        <translation>Non livré…</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Arrêt suivant</translation>
    </message>
    <message>
        <source>Back at the shop…</source>
        <translation>Retour à la boutique…</translation>
    </message>
    <message>
        <source>Stops to go: {0} of {1}  ·  {2}</source>
        <translation>Arrêts restants : {0} sur {1}  ·  {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) to go</source>
        <translation>
            <numerusform>%n colis restant</numerusform>
            <numerusform>%n colis restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deliver</source>
        <translation>Rien à livrer</translation>
    </message>
    <message>
        <source>No parcels are out for delivery. Start a run on the Plan page.</source>
        <translation>Aucun colis n’est en livraison. Lancez une tournée depuis la page Tournée.</translation>
    </message>
    <message>
        <source>Stop {0}: {1}</source>
        <translation>Arrêt {0} : {1}</translation>
    </message>
    <message>
        <source>Directions to this stop ({0}):</source>
        <translation>Itinéraire vers cet arrêt ({0}) :</translation>
    </message>
    <message>
        <source>SAME DAY</source>
        <translation>JOUR MÊME</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scanné</translation>
    </message>
    <message>
        <source>✗ {0} is not on this run. Do not leave it here.</source>
        <translation>✗ {0} ne fait pas partie de cette tournée. Ne le laissez pas ici.</translation>
    </message>
    <message>
        <source>✗ Wrong stop: {0} is for stop {1}, {2}.</source>
        <translation>✗ Mauvais arrêt : {0} est pour l’arrêt {1}, {2}.</translation>
    </message>
    <message>
        <source>{0} already has an outcome: {1}.</source>
        <translation>{0} a déjà un résultat : {1}.</translation>
    </message>
    <message>
        <source>✔ Right parcel: {0} for {1}</source>
        <translation>✔ Bon colis : {0} pour {1}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} pour {1}</translation>
    </message>
    <message>
        <source>Saved: {0} ({1}).</source>
        <translation>Enregistré : {0} ({1}).</translation>
    </message>
    <message>
        <source>Next: stop {0}, {1}.</source>
        <translation>Suivant : arrêt {0}, {1}.</translation>
    </message>
    <message>
        <source>Every stop is done: press F9 back at the shop.</source>
        <translation>Tous les arrêts sont faits : appuyez sur F9 une fois rentré à la boutique.</translation>
    </message>
    <message>
        <source>Choose a parcel that still needs an outcome.</source>
        <translation>Choisissez un colis qui n’a pas encore de résultat.</translation>
    </message>
    <message>
        <source>Back at the shop</source>
        <translation>Retour à la boutique</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) have no outcome yet. Put them back on the shelf?</source>
        <translation>
            <numerusform>%n colis n’a pas encore de résultat. Le remettre en rayon ?</numerusform>
            <numerusform>%n colis n’ont pas encore de résultat. Les remettre en rayon ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run finished: {0} back on the shelf, {1} to return to the carrier.</source>
        <translation>Tournée terminée : {0} remis en rayon, {1} à retourner au transporteur.</translation>
    </message>
    <message>
        <source>✔ Delivered to {0}</source>
        <translation>✔ Remis à {0}</translation>
    </message>
    <message>
        <source>✔ Left with {0}, {1}</source>
        <translation>✔ Laissé chez {0}, {1}</translation>
    </message>
    <message>
        <source>✔ Left in a safe place: {0}</source>
        <translation>✔ Laissé en lieu sûr : {0}</translation>
    </message>
    <message>
        <source>✗ Not delivered: {0}. Back to the shop.</source>
        <translation>✗ Non livré : {0}. Retour à la boutique.</translation>
    </message>
</context>
<context>
    <name>DeliveriesChart</name>
    <message>
        <source>Deliveries per day, last 30 days</source>
        <translation>Livraisons par jour, 30 derniers jours</translation>
    </message>
    <message>
        <source>No deliveries</source>
        <translation>Aucune livraison</translation>
    </message>
</context>
<context>
    <name>FailedDialog</name>
    <message>
        <source>Not delivered</source>
        <translation>Non livrés</translation>
    </message>
    <message>
        <source>Why? (Alt+1 to Alt+6, or the arrow keys)</source>
        <translation>Pourquoi ? (Alt+1 à Alt+6, ou les flèches)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Optional, required for Other</source>
        <translation>Facultatif, obligatoire pour « Autre »</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Pair with the carrier's server (Sync page, Ctrl+7)</source>
        <translation>Appairer avec le serveur du transporteur (page Synchro, Ctrl+7)</translation>
    </message>
    <message>
        <source>Scan in the parcels from the van (Scan in, Ctrl+2)</source>
        <translation>Scanner les colis à la sortie de la camionnette (Arrivées, Ctrl+2)</translation>
    </message>
    <message>
        <source>Plan today's round and start the run (Plan, Ctrl+4)</source>
        <translation>Planifier la tournée du jour et la lancer (Tournée, Ctrl+4)</translation>
    </message>
    <message>
        <source>Record each delivery at the door (Deliver, Ctrl+5)</source>
        <translation>Enregistrer chaque livraison à la porte (Livrer, Ctrl+5)</translation>
    </message>
    <message>
        <source>Sync at the end of the day (Sync, Ctrl+7)</source>
        <translation>Synchroniser en fin de journée (Synchro, Ctrl+7)</translation>
    </message>
    <message>
        <source>: done</source>
        <translation> : fait</translation>
    </message>
    <message>
        <source>: to do</source>
        <translation> : à faire</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over at the counter</source>
        <translation>Remise au comptoir</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Who collects the parcel</source>
        <translation>Qui retire le colis</translation>
    </message>
    <message>
        <source>ID checked</source>
        <translation>Pièce d’identité vérifiée</translation>
    </message>
    <message>
        <source>&amp;ID checked</source>
        <translation>&amp;Pièce d’identité vérifiée</translation>
    </message>
    <message>
        <source>Signature of the person collecting</source>
        <translation>Signature de la personne qui retire le colis</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <source>Shelf label {0}</source>
        <translation>Étiquette de rayon {0}</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Format d’étiquette</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Aperçu de l’étiquette</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF and open</source>
        <translation>Enregistrer en PDF et ouvrir</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Format d’étiquette :</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <source>Print the shelf label</source>
        <translation>Imprimer l’étiquette de rayon</translation>
    </message>
    <message>
        <source>Sent to {0}</source>
        <translation>Étiquette envoyée à {0}</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Set location</source>
        <translation>Définir la position</translation>
    </message>
    <message>
        <source>Map: click the place</source>
        <translation>Carte : cliquez sur l'endroit</translation>
    </message>
    <message>
        <source>Click the place on the map, or move the map with the arrow keys and press Enter. + and − zoom.</source>
        <translation>Cliquez sur l'endroit sur la carte, ou déplacez la carte avec les flèches et appuyez sur Entrée. + et − zooment.</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Utiliser cet endroit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Scan in</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Livrer</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>{0} · Partner shop</source>
        <translation>{0} · Point relais</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <source>DEMO SHOP: nothing here is real</source>
        <translation>BOUTIQUE DE DÉMONSTRATION : rien n’est réel ici</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The data folder could not be opened: {0}</source>
        <translation>Le dossier de données n’a pas pu être ouvert : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to {0}</source>
        <translation>
            <numerusform>%n événement exporté vers {0}</numerusform>
            <numerusform>%n événements exportés vers {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export parcels as CSV…</source>
        <translation>Exporter les colis en CSV…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>À propos…</translation>
    </message>
    <message>
        <source>Export parcels as CSV</source>
        <translation>Exporter les colis en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{0} away: set it aside on the returns shelf {1} for the carrier.</source>
        <translation>À {0} : mettez-le sur le rayon des retours {1} pour le transporteur.</translation>
    </message>
    <message>
        <source>The import stopped at line {0}: the lines before it were checked in. Import the file again once this is fixed; codes already checked in are not counted twice.</source>
        <translation>L’import s’est arrêté à la ligne {0} : les lignes précédentes ont été enregistrées. Importez à nouveau le fichier une fois le problème corrigé ; les codes déjà enregistrés ne sont pas comptés deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Checking in: {0} of %n code(s)</source>
        <translation>
            <numerusform>Enregistrement : {0} sur %n code</numerusform>
            <numerusform>Enregistrement : {0} sur %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Put it on shelf {0}.</source>
        <translation>Posez-le sur le rayon {0}.</translation>
    </message>
    <message>
        <source>Back from the run: put it on shelf {0} again.</source>
        <translation>Retour de tournée : remettez-le sur le rayon {0}.</translation>
    </message>
    <message>
        <source>Kept as an unexpected parcel: put it on shelf {0} and add its address when you have a moment.</source>
        <translation>Gardé comme colis inattendu : posez-le sur le rayon {0} et ajoutez son adresse quand vous aurez un moment.</translation>
    </message>
    <message>
        <source>Scanned twice: counted once.</source>
        <translation>Scanné deux fois : compté une fois.</translation>
    </message>
    <message>
        <source>Scanned in before: it belongs on shelf {0}. Nothing new was recorded.</source>
        <translation>Déjà scanné : il va sur le rayon {0}. Rien de nouveau n’a été enregistré.</translation>
    </message>
    <message>
        <source>This parcel is marked “{0}”: it should not be here. Set it aside and check it on the Parcels page.</source>
        <translation>Ce colis est marqué « {0} » : il ne devrait pas être ici. Mettez-le de côté et vérifiez-le dans la page Colis.</translation>
    </message>
    <message>
        <source>The label's check digit is wrong, but this number is on the manifest. Compare it with the label: the same? Press F8 to receive it. Not the same? Scan again.</source>
        <translation>La clé de contrôle de l'étiquette est fausse, mais ce numéro figure sur le manifeste. Comparez-le avec l'étiquette : identique ? Appuyez sur F8 pour le recevoir. Différent ? Scannez à nouveau.</translation>
    </message>
    <message>
        <source>This shop has no profile yet (name and location): finish the first-run setup or pair the app with the carrier, then scan again.</source>
        <translation>Cette boutique n’a pas encore de profil (nom et position) : terminez la configuration initiale ou appairez l’application avec le transporteur, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was read: scan the label again.</source>
        <translation>Rien n’a été lu : scannez l’étiquette à nouveau.</translation>
    </message>
    <message>
        <source>The scanner sent unreadable characters: scan again; if it keeps happening, check the scanner's keyboard layout.</source>
        <translation>Le scanner a envoyé des caractères illisibles : scannez à nouveau ; si cela se répète, vérifiez la disposition de clavier du scanner.</translation>
    </message>
    <message>
        <source>Check digit wrong: scan again or type it.</source>
        <translation>Chiffre de contrôle erroné : scannez à nouveau ou tapez le numéro.</translation>
    </message>
    <message>
        <source>Only part of the code was read: scan again or type it.</source>
        <translation>Le code n’a été lu qu’en partie : scannez à nouveau ou tapez le numéro.</translation>
    </message>
    <message>
        <source>Two labels were read as one: cover the other label with your hand and scan again.</source>
        <translation>Deux étiquettes ont été lues en une : cachez l’autre étiquette avec la main et scannez à nouveau.</translation>
    </message>
    <message>
        <source>This is a product barcode, not a parcel label: scan the carrier's label.</source>
        <translation>C’est un code-barres de produit, pas une étiquette de colis : scannez l’étiquette du transporteur.</translation>
    </message>
    <message>
        <source>Not a parcel label this shop knows: check the label or type the tracking number.</source>
        <translation>Cette étiquette de colis est inconnue de la boutique : vérifiez l’étiquette ou tapez le numéro de suivi.</translation>
    </message>
    <message>
        <source>This code could not be read: scan again or type it.</source>
        <translation>Ce code n’a pas pu être lu : scannez à nouveau ou tapez le numéro.</translation>
    </message>
    <message>
        <source>⚠ DAMAGED noted on {0}: the carrier is told at the next sync.</source>
        <translation>⚠ ENDOMMAGÉ noté sur {0} : le transporteur sera prévenu à la prochaine synchro.</translation>
    </message>
    <message>
        <source>Damage was already noted on {0}.</source>
        <translation>Le dommage était déjà noté sur {0}.</translation>
    </message>
    <message>
        <source>Take the parcel off shelf {0}: it counts as not scanned again.</source>
        <translation>Retirez le colis du rayon {0} : il compte de nouveau comme non scanné.</translation>
    </message>
    <message>
        <source>Parcel {0} is already set aside for return to the carrier; its scan cannot be undone. Leave it on the returns shelf.</source>
        <translation>Le colis {0} est déjà mis de côté pour retour au transporteur ; son scan ne peut pas être annulé. Laissez-le sur le rayon des retours.</translation>
    </message>
    <message>
        <source>Parcel {0} is “{1}”: there is no scan-in to undo.</source>
        <translation>Le colis {0} est « {1} » : il n’y a pas de scan d’arrivée à annuler.</translation>
    </message>
    <message>
        <source>This cannot be printed on a label.</source>
        <translation>Ceci ne peut pas être imprimé sur une étiquette.</translation>
    </message>
    <message>
        <source>The number {0} cannot be put on a shelf label: write the shelf slot on the parcel by hand.</source>
        <translation>Le numéro {0} ne peut pas figurer sur une étiquette de rayon : écrivez à la main sur le colis son emplacement en rayon.</translation>
    </message>
    <message>
        <source>A barcode takes 1 to {0} plain letters, digits and signs.</source>
        <translation>Un code-barres accepte de 1 à {0} lettres, chiffres et signes simples.</translation>
    </message>
    <message>
        <source>A QR code needs some text.</source>
        <translation>Un QR code doit contenir du texte.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n character(s)).</source>
        <translation>
            <numerusform>Le texte est trop long pour un QR code (%n caractère).</numerusform>
            <numerusform>Le texte est trop long pour un QR code (%n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>No such place: latitude {0}, longitude {1}.</source>
        <translation>Ce lieu n’existe pas : latitude {0}, longitude {1}.</translation>
    </message>
    <message>
        <source>No label printer address is set: enter it in Settings (host:port).</source>
        <translation>Aucune adresse d’imprimante d’étiquettes n’est définie : saisissez-la dans Réglages (hôte:port).</translation>
    </message>
    <message>
        <source>The label printer address {0} has no valid port: use host:port, e.g. 192.168.1.50:{1}.</source>
        <translation>L’adresse d’imprimante d’étiquettes {0} n’a pas de port valable : utilisez hôte:port, par ex. 192.168.1.50:{1}.</translation>
    </message>
    <message>
        <source>The label printer {0} was not found on the network: check the address in Settings.</source>
        <translation>L’imprimante d’étiquettes {0} est introuvable sur le réseau : vérifiez l’adresse dans Réglages.</translation>
    </message>
    <message>
        <source>The label printer at {0} did not answer within {1} s: check that it is switched on and connected.</source>
        <translation>L’imprimante d’étiquettes {0} n’a pas répondu en {1} s : vérifiez qu’elle est allumée et branchée.</translation>
    </message>
    <message>
        <source>The label printer at {0} refused the connection: check the port in Settings (usually {1}).</source>
        <translation>L’imprimante d’étiquettes {0} a refusé la connexion : vérifiez le port dans Réglages (en général {1}).</translation>
    </message>
    <message>
        <source>The label could not reach the printer: check the printer and the network, then print again.</source>
        <translation>L’étiquette n’a pas pu être envoyée à l’imprimante : vérifiez l’imprimante et le réseau, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>The label could not be sent to the printer at {0}: check the printer and the network, then print again.</source>
        <translation>L’étiquette n’a pas pu être envoyée à l’imprimante {0} : vérifiez l’imprimante et le réseau, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>The label file {0} could not be written: check the folder in Settings and the free disk space.</source>
        <translation>Le fichier d’étiquette {0} n’a pas pu être écrit : vérifiez le dossier dans Réglages et l’espace disque libre.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n code(s): {0} received, {1} already received, {2} not on manifest, {3} outside radius, {4} invalid.</source>
        <translation>
            <numerusform>%n code importé : {0} reçus, {1} déjà reçus, {2} hors manifeste, {3} hors zone, {4} invalides.</numerusform>
            <numerusform>%n codes importés : {0} reçus, {1} déjà reçus, {2} hors manifeste, {3} hors zone, {4} invalides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped at line {0}: the %n code(s) before it were checked in. Import the file again to check in the rest; codes already checked in are not counted twice.</source>
        <translation>
            <numerusform>L’import s’est arrêté à la ligne {0} : le %n code précédent a été enregistré. Importez à nouveau le fichier pour enregistrer le reste ; les codes déjà enregistrés ne sont pas comptés deux fois.</numerusform>
            <numerusform>L’import s’est arrêté à la ligne {0} : les %n codes précédents ont été enregistrés. Importez à nouveau le fichier pour enregistrer le reste ; les codes déjà enregistrés ne sont pas comptés deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not: export it again from the scanner.</source>
        <translation>Le fichier se dit en texte UTF-16 mais ne l’est pas : exportez-le à nouveau depuis le scanner.</translation>
    </message>
    <message>
        <source>{0} is not a file: give the scanner's exported text file.</source>
        <translation>{0} n’est pas un fichier : choisissez le fichier texte exporté par le scanner.</translation>
    </message>
    <message>
        <source>{0} is {1} MB: too big for a scanner's batch file (at most {2} MB). Is it the right file?</source>
        <translation>{0} fait {1} Mo : c’est trop gros pour un fichier de lot de scanner ({2} Mo au maximum). Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>No file {0}: check the name and the folder.</source>
        <translation>Aucun fichier {0} : vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>{0} cannot be read (no permission).</source>
        <translation>Impossible de lire {0} (accès refusé).</translation>
    </message>
    <message>
        <source>{0} cannot be read: check the disk and try again.</source>
        <translation>Impossible de lire {0} : vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>No shop database in {0}: open the app once (first-run setup) or pair it with the carrier first, then import the file.</source>
        <translation>Aucune base de données de boutique dans {0} : ouvrez d’abord l’application une fois (configuration initiale) ou appairez-la avec le transporteur, puis importez le fichier.</translation>
    </message>
    <message>
        <source>This photo cannot be used: {0}. Take or choose another.</source>
        <translation>Cette photo est inutilisable : {0}. Prenez-en ou choisissez-en une autre.</translation>
    </message>
    <message>
        <source>That outcome cannot be recorded.</source>
        <translation>Ce résultat ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Choose at least one parcel first.</source>
        <translation>Choisissez d’abord au moins un colis.</translation>
    </message>
    <message>
        <source>That correction cannot be recorded.</source>
        <translation>Cette correction ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>That outcome is not in this shop's records: choose it again in the list.</source>
        <translation>Ce résultat ne figure pas dans les registres de la boutique : choisissez-le à nouveau dans la liste.</translation>
    </message>
    <message>
        <source>Only a delivery, a failed delivery or a counter handover can be corrected.</source>
        <translation>Seuls une livraison, un échec de livraison ou une remise au comptoir peuvent être corrigés.</translation>
    </message>
    <message>
        <source>A correction cannot be corrected again. If it is wrong too, tell the carrier.</source>
        <translation>Une correction ne peut pas être corrigée à son tour. Si elle est fausse elle aussi, prévenez le transporteur.</translation>
    </message>
    <message>
        <source>Parcel {0} has gone back to the carrier: its outcome can no longer be corrected.</source>
        <translation>Le colis {0} est reparti chez le transporteur : son résultat ne peut plus être corrigé.</translation>
    </message>
    <message>
        <source>This outcome of parcel {0} has been corrected once already: it cannot be corrected again. If it is still wrong, tell the carrier.</source>
        <translation>Ce résultat du colis {0} a déjà été corrigé une fois : il ne peut pas l’être à nouveau. S’il est encore faux, prévenez le transporteur.</translation>
    </message>
    <message>
        <source>Parcel {0} has moved on since (out again, or held for pickup): only its latest outcome can be corrected.</source>
        <translation>Le colis {0} a changé d’état depuis (reparti en livraison, ou mis de côté pour retrait) : seul son dernier résultat peut être corrigé.</translation>
    </message>
    <message>
        <source>An outcome can be corrected only on the day it was recorded. For an older one, tell the carrier.</source>
        <translation>Un résultat ne peut être corrigé que le jour où il a été enregistré. Pour un résultat plus ancien, prévenez le transporteur.</translation>
    </message>
    <message>
        <source>The computer's clock is behind the outcome's time: check the clock.</source>
        <translation>L’horloge de l’ordinateur retarde sur l’heure du résultat : vérifiez l’horloge.</translation>
    </message>
    <message>
        <source>Choose what really happened.</source>
        <translation>Choisissez ce qui s’est vraiment passé.</translation>
    </message>
    <message>
        <source>Type the name of the person who took the parcel.</source>
        <translation>Tapez le nom de la personne qui a pris le colis.</translation>
    </message>
    <message>
        <source>Choose why the outcome is corrected.</source>
        <translation>Choisissez pourquoi le résultat est corrigé.</translation>
    </message>
    <message>
        <source>Say in a few words why the outcome is corrected.</source>
        <translation>Dites en quelques mots pourquoi le résultat est corrigé.</translation>
    </message>
    <message>
        <source>That is what was recorded already: change the outcome or the name.</source>
        <translation>C’est déjà ce qui a été enregistré : changez le résultat ou le nom.</translation>
    </message>
    <message>
        <source>The carrier refused this outcome of parcel {0}, so it cannot be corrected: see Sync.</source>
        <translation>Le transporteur a refusé ce résultat du colis {0}, il ne peut donc pas être corrigé : voir Synchro.</translation>
    </message>
    <message>
        <source>Parcel {0}: the outcome is corrected. It goes to the carrier with the next sync.</source>
        <translation>Colis {0} : le résultat est corrigé. La correction partira chez le transporteur à la prochaine synchro.</translation>
    </message>
    <message>
        <source>Type the neighbour's name.</source>
        <translation>Tapez le nom du voisin.</translation>
    </message>
    <message>
        <source>Type the name of the person collecting the parcel.</source>
        <translation>Tapez le nom de la personne qui retire le colis.</translation>
    </message>
    <message>
        <source>Type the neighbour's address.</source>
        <translation>Tapez l’adresse du voisin.</translation>
    </message>
    <message>
        <source>Say where the parcel was left.</source>
        <translation>Indiquez où le colis a été laissé.</translation>
    </message>
    <message>
        <source>Take or choose a photo of the parcel where it was left.</source>
        <translation>Prenez ou choisissez une photo du colis là où il a été laissé.</translation>
    </message>
    <message>
        <source>Get a signature or a photo as proof.</source>
        <translation>Obtenez une signature ou une photo comme preuve.</translation>
    </message>
    <message>
        <source>Say in a few words why it was not delivered.</source>
        <translation>Dites en quelques mots pourquoi il n’a pas été livré.</translation>
    </message>
    <message>
        <source>Choose why the parcel was not delivered.</source>
        <translation>Choisissez pourquoi le colis n’a pas été livré.</translation>
    </message>
    <message>
        <source>Choose the kind of ID checked.</source>
        <translation>Choisissez le type de pièce d’identité vérifiée.</translation>
    </message>
    <message>
        <source>Parcel {0} is not held for pickup: hold it first.</source>
        <translation>Le colis {0} n’est pas mis de côté pour retrait : mettez-le d’abord de côté.</translation>
    </message>
    <message>
        <source>The signature is empty or too small. Ask the person to sign across the pad.</source>
        <translation>La signature est vide ou trop petite. Demandez à la personne de signer sur toute la surface.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than {0} MB</source>
        <translation>le fichier dépasse {0} Mo</translation>
    </message>
    <message>
        <source>the picture has too many pixels</source>
        <translation>l’image a trop de pixels</translation>
    </message>
    <message>
        <source>it is not a picture the app can read (use JPEG or PNG)</source>
        <translation>ce n’est pas une image que l’application sait lire (utilisez JPEG ou PNG)</translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation>l’image est endommagée</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>The proof file could not be saved; nothing was recorded. Free some disk space and try again. Folder: {0}</source>
        <translation>Le fichier de preuve n’a pas pu être sauvegardé ; rien n’a été enregistré. Libérez de l’espace disque et réessayez. Dossier : {0}</translation>
    </message>
    <message>
        <source>Parcel {0} is “{1}”: it cannot be marked “{2}”.</source>
        <translation>Le colis {0} est « {1} » : il ne peut pas être marqué « {2} ».</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). Restore the newest backup with: shopapp restore {2}</source>
        <translation>La base de données de la boutique {0} est endommagée ({1}). Restaurez la sauvegarde la plus récente avec : shopapp restore {2}</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). No backup was found; call support before doing anything else.</source>
        <translation>La base de données de la boutique {0} est endommagée ({1}). Aucune sauvegarde n’a été trouvée ; appelez l’assistance avant de faire quoi que ce soit d’autre.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything you saved is safe in the shop database; if it happens again, send the log file to support (Settings, About).</source>
        <translation>Un problème inattendu est survenu. Tout ce que vous avez enregistré est en sécurité dans la base de données de la boutique ; si cela se reproduit, envoyez le fichier journal à l’assistance (Réglages, À propos).</translation>
    </message>
    <message>
        <source>No parcel {0} in this shop's records.</source>
        <translation>Aucun colis {0} dans les registres de cette boutique.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved. Free some space (empty the recycle bin, delete old downloads), then do it again. What was saved before is safe.</source>
        <translation>Le disque est plein : plus rien ne peut être enregistré. Libérez de la place (videz la corbeille, supprimez d’anciens téléchargements), puis recommencez. Ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>The shop database could not do that. Nothing was half-saved; try again, and if it happens again, restart the app.</source>
        <translation>La base de données de la boutique n’a pas pu le faire. Rien n’a été enregistré à moitié ; réessayez, et si cela se reproduit, redémarrez l’application.</translation>
    </message>
    <message>
        <source>The shop database could not save or read that. Nothing was half-saved; try again, and if it happens again, restart the app.</source>
        <translation>La base de données de la boutique n’a pas pu enregistrer ou lire cela. Rien n’a été enregistré à moitié ; réessayez, et si cela se reproduit, redémarrez l’application.</translation>
    </message>
    <message>
        <source>The shop database is busy (another copy of the app?). Close it and try again.</source>
        <translation>La base de données de la boutique est occupée (une autre copie de l’application est ouverte ?). Fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The shop database cannot be written (read-only folder). Nothing was saved.</source>
        <translation>Impossible d’écrire dans la base de données de la boutique (dossier en lecture seule). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The shop database is damaged: nothing was saved. Restart the app to repair it.</source>
        <translation>La base de données de la boutique est endommagée : rien n’a été enregistré. Redémarrez l’application pour la réparer.</translation>
    </message>
    <message>
        <source>The disk failed to write: nothing was saved. Check the disk and try again.</source>
        <translation>L’écriture sur le disque a échoué : rien n’a été enregistré. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The shop database refused the change ({0}). Nothing was saved.</source>
        <translation>La base de données de la boutique a refusé la modification ({0}). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {0}. Check the disk and try again.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit : {0}. Vérifiez le disque et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} et %n autre</numerusform>
            <numerusform>{0} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcels {0} are no longer on the shelf (handed over or changed since the plan was made). Nothing was marked: re-plan the day, then start the run.</source>
        <translation>Les colis {0} ne sont plus en rayon (remis ou modifiés depuis la planification). Rien n’a été marqué : replanifiez la journée, puis lancez la tournée.</translation>
    </message>
    <message>
        <source>{0}, {1} is not a usable location: the latitude must be between -90 and 90, the longitude between -180 and 180 (for example 52.1234, -1.9876).</source>
        <translation>{0}, {1} n’est pas une position utilisable : la latitude doit être comprise entre -90 et 90, la longitude entre -180 et 180 (par exemple 52.1234, -1.9876).</translation>
    </message>
    <message>
        <source>“{0}” has no roads. Choose the extract of your area.</source>
        <translation>« {0} » ne contient aucune route. Choisissez l’extrait de votre secteur.</translation>
    </message>
    <message>
        <source>“{0}” is empty (0 bytes): the download probably did not finish.</source>
        <translation>« {0} » est vide (0 octet) : le téléchargement ne s’est sans doute pas terminé.</translation>
    </message>
    <message>
        <source>This map does not cover the shop at {0:.5f}, {1:.5f}. Choose the extract of the shop's area.</source>
        <translation>Cette carte ne couvre pas la boutique en {0:.5f}, {1:.5f}. Choisissez l’extrait du secteur de la boutique.</translation>
    </message>
    <message>
        <source>The map import failed half-way: the previous map is still in use. Try again; if it fails again, send the log to support.</source>
        <translation>L’import de la carte a échoué en cours de route : la carte précédente reste en service. Réessayez ; en cas de nouvel échec, envoyez le journal à l’assistance.</translation>
    </message>
    <message>
        <source>The map import failed half-way: no map is installed yet, so plans use estimated distances. Try again; if it fails again, send the log to support.</source>
        <translation>L’import de la carte a échoué en cours de route : aucune carte n’est encore installée, les tournées utilisent donc des distances estimées. Réessayez ; en cas de nouvel échec, envoyez le journal à l’assistance.</translation>
    </message>
    <message>
        <source>outside the delivery radius: {0} crow-fly from the shop, the radius is {1}</source>
        <translation>hors du rayon de livraison : à {0} à vol d’oiseau de la boutique, pour un rayon de {1}</translation>
    </message>
    <message>
        <source>required stop</source>
        <translation>arrêt obligatoire</translation>
    </message>
    <message>
        <source>optional stop</source>
        <translation>arrêt facultatif</translation>
    </message>
    <message>
        <source>no usable location: set it with Ctrl+L</source>
        <translation>pas de position utilisable : définissez-la avec Ctrl+L</translation>
    </message>
    <message>
        <source>no road on the map reaches it from the shop: check its location</source>
        <translation>aucune route de la carte n’y mène depuis la boutique : vérifiez sa position</translation>
    </message>
    <message>
        <source>{0} cannot be served: its {1} parcels exceed every van's capacity ({2})</source>
        <translation>{0} impossible à desservir : ses {1} colis dépassent la capacité de chaque camionnette ({2})</translation>
    </message>
    <message>
        <source>{0} cannot be served: it cannot be reached within its time window {1}–{2} from the shop</source>
        <translation>{0} impossible à desservir : inaccessible depuis la boutique dans son créneau {1}–{2}</translation>
    </message>
    <message>
        <source>{0} cannot be served: a round trip to it does not fit in the van's shift</source>
        <translation>{0} impossible à desservir : l’aller-retour ne tient pas dans le service de la camionnette</translation>
    </message>
    <message>
        <source>{0} pinned to van {1}, which has no room left for it; unpin it or pin it to another van</source>
        <translation>{0} épinglé sur la camionnette {1}, qui n’a plus de place pour lui ; désépinglez-le ou épinglez-le sur une autre camionnette</translation>
    </message>
    <message>
        <source>required stop could not be fitted into any route: no van has room for its parcels; add a van or a trip</source>
        <translation>arrêt obligatoire impossible à placer dans une tournée : aucune camionnette n’a de place pour ses colis ; ajoutez une camionnette ou un trajet</translation>
    </message>
    <message>
        <source>optional stop left for another day: no van has room for its parcels</source>
        <translation>arrêt facultatif reporté à un autre jour : aucune camionnette n’a de place pour ses colis</translation>
    </message>
    <message>
        <source>required stop could not be fitted into any route: no room left in the vans' shifts and the customers' time windows; add a van or a trip</source>
        <translation>arrêt obligatoire impossible à placer dans une tournée : plus de place dans le service des camionnettes et les créneaux des clients ; ajoutez une camionnette ou un trajet</translation>
    </message>
    <message>
        <source>optional stop left for another day: no room left in the vans' shifts and the customers' time windows</source>
        <translation>arrêt facultatif reporté à un autre jour : plus de place dans le service des camionnettes et les créneaux des clients</translation>
    </message>
    <message>
        <source>Checking the problem</source>
        <translation>Vérification des données</translation>
    </message>
    <message>
        <source>Measuring distances</source>
        <translation>Mesure des distances</translation>
    </message>
    <message>
        <source>Measuring distances on the roads</source>
        <translation>Mesure des distances sur les routes</translation>
    </message>
    <message>
        <source>Searching for shorter routes</source>
        <translation>Recherche de tournées plus courtes</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Vérification du plan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Planning was cancelled; the previous plan is unchanged.</source>
        <translation>Planification annulée ; le plan précédent n’a pas changé.</translation>
    </message>
    <message>
        <source>The planner produced a plan that breaks the rules, so it was not used. Plan again; if it happens again, send the log to support.</source>
        <translation>Le planificateur a produit un plan qui ne respecte pas les règles, il n’a donc pas été utilisé. Planifiez à nouveau ; si cela se reproduit, envoyez le journal à l’assistance.</translation>
    </message>
    <message>
        <source>Writing the run sheet: page {0} of {1}</source>
        <translation>Écriture de la feuille de route : page {0} sur {1}</translation>
    </message>
    <message>
        <source>The day cannot be planned.</source>
        <translation>La journée ne peut pas être planifiée.</translation>
    </message>
    <message>
        <source>The shop has no profile yet: finish the first-run setup, then plan.</source>
        <translation>La boutique n’a pas encore de profil : terminez la configuration initiale, puis planifiez.</translation>
    </message>
    <message>
        <source>A location can only be remembered for a parcel with an address.</source>
        <translation>Une position ne peut être mémorisée que pour un colis qui a une adresse.</translation>
    </message>
    <message>
        <source>The saved plan {0} cannot be read; plan the day again.</source>
        <translation>Le plan enregistré {0} est illisible ; planifiez à nouveau la journée.</translation>
    </message>
    <message>
        <source>Plan {0} is not in the shop's records; plan the day again.</source>
        <translation>Le plan {0} ne figure pas dans les registres de la boutique ; planifiez à nouveau la journée.</translation>
    </message>
    <message>
        <source>This run has started, so its plan cannot change; re-plan instead.</source>
        <translation>Cette tournée est lancée, son plan ne peut donc plus changer ; replanifiez plutôt.</translation>
    </message>
    <message>
        <source>This run has already started; its parcels are out for delivery.</source>
        <translation>Cette tournée est déjà lancée ; ses colis sont en livraison.</translation>
    </message>
    <message>
        <source>The plan has no stops on a route: there is nothing to take out.</source>
        <translation>Le plan n’a aucun arrêt sur une tournée : il n’y a rien à emporter.</translation>
    </message>
    <message>
        <source>Stop {0} is not on a route, so it cannot be moved.</source>
        <translation>L’arrêt {0} n’est sur aucune tournée, il ne peut donc pas être déplacé.</translation>
    </message>
    <message>
        <source>Stop {0} is not on a route, so it cannot change vans.</source>
        <translation>L’arrêt {0} n’est sur aucune tournée, il ne peut donc pas changer de camionnette.</translation>
    </message>
    <message>
        <source>The shop has one van: there is no other van to move the stop to.</source>
        <translation>La boutique n’a qu’une camionnette : il n’y en a pas d’autre où déplacer l’arrêt.</translation>
    </message>
    <message>
        <source>Stop {0} is not on a route: only planned stops can be pinned.</source>
        <translation>L’arrêt {0} n’est sur aucune tournée : seuls les arrêts planifiés peuvent être épinglés.</translation>
    </message>
    <message>
        <source>The road map could not do that; plans use estimated distances meanwhile.</source>
        <translation>La carte routière n’a pas pu le faire ; en attendant, les tournées utilisent des distances estimées.</translation>
    </message>
    <message>
        <source>The routing engine is not installed on this computer: plans use estimated distances. Reinstall the app to get it back.</source>
        <translation>Le moteur d’itinéraires n’est pas installé sur cet ordinateur : les tournées utilisent des distances estimées. Réinstallez l’application pour le récupérer.</translation>
    </message>
    <message>
        <source>The map file “{0}” cannot be read or does not exist.</source>
        <translation>Le fichier de carte « {0} » est illisible ou n’existe pas.</translation>
    </message>
    <message>
        <source>“{0}” is not OpenStreetMap data (or it is damaged): choose an .osm.pbf extract, such as one downloaded from download.geofabrik.de.</source>
        <translation>« {0} » ne contient pas de données OpenStreetMap (ou il est endommagé) : choisissez un extrait .osm.pbf, par exemple téléchargé sur download.geofabrik.de.</translation>
    </message>
    <message>
        <source>The map import was cancelled: nothing changed.</source>
        <translation>L’import de la carte a été annulé : rien n’a changé.</translation>
    </message>
    <message>
        <source>The road map could not answer; plans use estimated distances meanwhile.</source>
        <translation>La carte routière n’a pas pu répondre ; en attendant, les tournées utilisent des distances estimées.</translation>
    </message>
    <message>
        <source>A route needs at least two points.</source>
        <translation>Un itinéraire doit avoir au moins deux points.</translation>
    </message>
    <message>
        <source>Point {0} has no road near it on the map: check its location.</source>
        <translation>Le point {0} n’a aucune route à proximité sur la carte : vérifiez sa position.</translation>
    </message>
    <message>
        <source>The road map cannot be opened: load it again (Settings, Road map).</source>
        <translation>La carte routière ne peut pas être ouverte : chargez-la à nouveau (Réglages, Carte routière).</translation>
    </message>
    <message>
        <source>The road map gave an answer it should not; plans use estimated distances meanwhile.</source>
        <translation>La carte routière a donné une réponse anormale ; en attendant, les tournées utilisent des distances estimées.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Vérification du fichier</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Lecture de la carte</translation>
    </message>
    <message>
        <source>Building the road network</source>
        <translation>Construction du réseau routier</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>Dessin de la carte</translation>
    </message>
    <message>
        <source>Switching to the new map</source>
        <translation>Passage à la nouvelle carte</translation>
    </message>
    <message>
        <source>The new map is in use</source>
        <translation>La nouvelle carte est en service</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>La boutique doit avoir un nom.</translation>
    </message>
    <message>
        <source>The location must be a latitude (-90..90) and a longitude (-180..180).</source>
        <translation>La position doit être une latitude (-90..90) et une longitude (-180..180).</translation>
    </message>
    <message>
        <source>The delivery radius must be between 0.1 and 200 km.</source>
        <translation>Le rayon de livraison doit être compris entre 0,1 et 200 km.</translation>
    </message>
    <message>
        <source>Vehicles must be between 1 and 20.</source>
        <translation>Le nombre de véhicules doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>A vehicle must carry between 1 and 1000 parcels.</source>
        <translation>Un véhicule doit transporter entre 1 et 1000 colis.</translation>
    </message>
    <message>
        <source>Opening time must come before closing time.</source>
        <translation>L’heure d’ouverture doit précéder l’heure de fermeture.</translation>
    </message>
    <message>
        <source>Units must be miles or km.</source>
        <translation>Les unités doivent être miles ou km.</translation>
    </message>
    <message>
        <source>The time zone must be a known zone such as Europe/London.</source>
        <translation>Le fuseau horaire doit être un fuseau connu, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>“{0}” cannot be {1}: nothing was saved. Correct it and save again.</source>
        <translation>« {0} » ne peut pas valoir {1} : rien n’a été enregistré. Corrigez la valeur et enregistrez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Not scanned in yet: %n parcel(s) on the manifest</source>
        <translation>
            <numerusform>⚠ Pas encore scanné : %n colis du manifeste</numerusform>
            <numerusform>⚠ Pas encore scannés : %n colis du manifeste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Rejected by the carrier: %n event(s). See Sync</source>
        <translation>
            <numerusform>⚠ Refusé par le transporteur : %n événement. Voir Synchro</numerusform>
            <numerusform>⚠ Refusés par le transporteur : %n événements. Voir Synchro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Past their deadline: %n parcel(s)</source>
        <translation>
            <numerusform>⚠ Date limite dépassée : %n colis</numerusform>
            <numerusform>⚠ Date limite dépassée : %n colis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Waited too long for pickup: %n parcel(s)</source>
        <translation>
            <numerusform>⚠ Attente de retrait trop longue : %n colis</numerusform>
            <numerusform>⚠ Attente de retrait trop longue : %n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop database in {0}: nothing to report.</source>
        <translation>Aucune base de données de boutique dans {0} : rien à rapporter.</translation>
    </message>
    <message>
        <source>The report could not be written to {0}. Check the disk and the folder.</source>
        <translation>Le rapport n’a pas pu être écrit dans {0}. Vérifiez le disque et le dossier.</translation>
    </message>
    <message>
        <source>Sending proof file {0} of {1}: {2} of {3}…</source>
        <translation>Envoi du fichier de preuve {0} sur {1} : {2} sur {3}…</translation>
    </message>
    <message>
        <source>Downloading the new map: {0} of {1}…</source>
        <translation>Téléchargement de la nouvelle carte : {0} sur {1}…</translation>
    </message>
    <message>
        <source>A sync started from a terminal (shopapp sync) is running now. This one waits and tries again by itself when it has finished.</source>
        <translation>Une synchronisation lancée depuis un terminal (shopapp sync) est en cours. Celle-ci attend et réessaiera toute seule quand l’autre sera terminée.</translation>
    </message>
    <message>
        <source>A sync is already running in the app; it carries on by itself.</source>
        <translation>Une synchronisation est déjà en cours dans l’application ; elle continue toute seule.</translation>
    </message>
    <message>
        <source>Another sync is running on this shop's data; try again in a moment.</source>
        <translation>Une autre synchronisation est en cours sur les données de cette boutique ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The carrier's server refused part of the sync (HTTP {0}): {1}</source>
        <translation>Le serveur du transporteur a refusé une partie de la synchronisation (HTTP {0}) : {1}</translation>
    </message>
    <message>
        <source>the carrier's map pack does not cover the shop; the map in use stays</source>
        <translation>la carte envoyée par le transporteur ne couvre pas la boutique ; la carte actuelle est conservée</translation>
    </message>
    <message>
        <source>the carrier's map pack is not map data; the map in use stays</source>
        <translation>le fichier envoyé par le transporteur n’est pas une carte ; la carte actuelle est conservée</translation>
    </message>
    <message>
        <source>the carrier's map pack has no roads in it; the map in use stays</source>
        <translation>la carte envoyée par le transporteur ne contient aucune route ; la carte actuelle est conservée</translation>
    </message>
    <message>
        <source>the carrier's map pack cannot be used; the map in use stays</source>
        <translation>la carte envoyée par le transporteur est inutilisable ; la carte actuelle est conservée</translation>
    </message>
    <message>
        <source>there is not enough free disk space for the new map (it needs about {0}, {1} are free)</source>
        <translation>il n’y a pas assez d’espace disque libre pour la nouvelle carte (il faut environ {0}, {1} sont libres)</translation>
    </message>
    <message>
        <source>the map pack could not be saved: the disk is full</source>
        <translation>la carte n’a pas pu être enregistrée : le disque est plein</translation>
    </message>
    <message>
        <source>the map pack could not be saved ({0})</source>
        <translation>la carte n’a pas pu être enregistrée ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer's clock is {0} behind the carrier's server. Set the date and time (automatic time) so that deliveries are recorded at the right time.</source>
        <translation>L’horloge de cet ordinateur retarde de {0} sur le serveur du transporteur. Réglez la date et l’heure (heure automatique) pour que les livraisons soient enregistrées à la bonne heure.</translation>
    </message>
    <message>
        <source>This computer's clock is {0} ahead of the carrier's server. Set the date and time (automatic time) so that deliveries are recorded at the right time.</source>
        <translation>L’horloge de cet ordinateur avance de {0} sur le serveur du transporteur. Réglez la date et l’heure (heure automatique) pour que les livraisons soient enregistrées à la bonne heure.</translation>
    </message>
    <message>
        <source>The map was not updated: {0}.</source>
        <translation>La carte n’a pas été mise à jour : {0}.</translation>
    </message>
    <message>
        <source>Proof file {0} was not taken by the carrier's server (HTTP {1}): {2}</source>
        <translation>Le fichier de preuve {0} n’a pas été accepté par le serveur du transporteur (HTTP {1}) : {2}</translation>
    </message>
    <message>
        <source>This parcel is not on this shop's manifest: the carrier does not expect it here.</source>
        <translation>Ce colis ne figure pas sur le manifeste de cette boutique : le transporteur ne l’attend pas ici.</translation>
    </message>
    <message>
        <source>The carrier has this parcel as “{0}”: it cannot be marked “{1}”.</source>
        <translation>Pour le transporteur, ce colis est « {0} » : il ne peut pas être marqué « {1} ».</translation>
    </message>
    <message>
        <source>Checking the clock…</source>
        <translation>Vérification de l’horloge…</translation>
    </message>
    <message>
        <source>Sending events {0}–{1} of {2}…</source>
        <translation>Envoi des événements {0} à {1} sur {2}…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>%n événement envoyé</numerusform>
            <numerusform>%n événements envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new parcel(s) expected</source>
        <translation>
            <numerusform>%n nouveau colis attendu</numerusform>
            <numerusform>%n nouveaux colis attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) of the manifest received</source>
        <translation>
            <numerusform>%n colis du manifeste reçu</numerusform>
            <numerusform>%n colis du manifeste reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting the list of parcels from the carrier…</source>
        <translation>Réception de la liste des colis du transporteur…</translation>
    </message>
    <message>
        <source>Sending proof file {0} of {1}…</source>
        <translation>Envoi du fichier de preuve {0} sur {1}…</translation>
    </message>
    <message numerus="yes">
        <source>%n proof file(s) done</source>
        <translation>
            <numerusform>%n fichier de preuve envoyé</numerusform>
            <numerusform>%n fichiers de preuve envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing the new map…</source>
        <translation>Installation de la nouvelle carte…</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>The sync stopped; nothing is lost.</source>
        <translation>La synchro s’est arrêtée ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>The sync could not finish. Nothing is lost; try again.</source>
        <translation>La synchronisation n’a pas pu se terminer. Rien n’est perdu ; réessayez.</translation>
    </message>
    <message>
        <source>Pair with the carrier first (address and token above).</source>
        <translation>Appairez d’abord avec le transporteur (adresse et jeton ci-dessus).</translation>
    </message>
    <message>
        <source>The carrier's server cannot be reached now. Everything is kept on this computer and goes with the next sync.</source>
        <translation>Le serveur du transporteur est injoignable pour le moment. Tout est conservé sur cet ordinateur et partira à la prochaine synchro.</translation>
    </message>
    <message>
        <source>The connection keeps dropping, so this sync stopped part-way. What was sent is kept; the rest goes by itself in a moment, or press Sync now.</source>
        <translation>La connexion coupe sans cesse, la synchronisation s’est donc arrêtée en cours de route. Ce qui a été envoyé est acquis ; le reste part tout seul dans un instant, ou appuyez sur Synchroniser.</translation>
    </message>
    <message>
        <source>The carrier's server could not prove who it is (certificate check failed). Nothing was sent. Check the address and this computer's date, or call support.</source>
        <translation>Le serveur du transporteur n’a pas pu prouver son identité (échec de la vérification du certificat). Rien n’a été envoyé. Vérifiez l’adresse et la date de cet ordinateur, ou appelez l’assistance.</translation>
    </message>
    <message>
        <source>The carrier no longer accepts this shop's token: ask for a new one and pair again.</source>
        <translation>Le transporteur n’accepte plus le jeton de cette boutique : demandez-en un nouveau et appairez à nouveau.</translation>
    </message>
    <message>
        <source>The carrier's server sent an answer this app cannot read. Nothing is lost; try again later, and call the carrier's support if it keeps happening.</source>
        <translation>Le serveur du transporteur a envoyé une réponse que l’application ne sait pas lire. Rien n’est perdu ; réessayez plus tard, et appelez l’assistance du transporteur si cela continue.</translation>
    </message>
    <message>
        <source>Stopped. What was sent is kept; the rest goes next time.</source>
        <translation>Arrêté. Ce qui a été envoyé est conservé ; le reste partira la prochaine fois.</translation>
    </message>
    <message>
        <source>The token is empty or has spaces in it; copy it again from the carrier.</source>
        <translation>Le jeton est vide ou contient des espaces ; recopiez celui fourni par le transporteur.</translation>
    </message>
    <message>
        <source>“{0}” is not a server address this app can use: it looks like https://carrier.example/api.</source>
        <translation>« {0} » n’est pas une adresse de serveur utilisable : elle doit ressembler à https://carrier.example/api.</translation>
    </message>
    <message>
        <source>{0} is not encrypted (http://): the token and the shop's data cross the network in clear. Ask the carrier for the https:// address.</source>
        <translation>L’adresse {0} n’est pas chiffrée (http://) : le jeton et les données de la boutique passent en clair sur le réseau. Demandez au transporteur l’adresse en https://.</translation>
    </message>
    <message>
        <source>the downloaded map pack is damaged; it was deleted and will be downloaded again at the next sync</source>
        <translation>la carte téléchargée est endommagée ; elle a été supprimée et sera téléchargée à nouveau à la prochaine synchro</translation>
    </message>
    <message>
        <source>the sync was stopped; the map download goes on at the next sync</source>
        <translation>la synchronisation a été arrêtée ; le téléchargement de la carte reprendra à la prochaine synchro</translation>
    </message>
    <message>
        <source>the carrier's server could not be reached for the map pack; the download goes on at the next sync</source>
        <translation>le serveur du transporteur est injoignable pour la carte ; le téléchargement reprendra à la prochaine synchro</translation>
    </message>
    <message>
        <source>the shop has no location yet (finish the shop's setup)</source>
        <translation>la boutique n’a pas encore de position (terminez la configuration de la boutique)</translation>
    </message>
    <message>
        <source>this computer has no road engine to use maps</source>
        <translation>cet ordinateur n’a pas de moteur d’itinéraires pour utiliser les cartes</translation>
    </message>
    <message>
        <source>Proof file {0} cannot be read ({1}); it was not sent.</source>
        <translation>Le fichier de preuve {0} est illisible ({1}) ; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Proof file {0} has changed since it was saved; it was not sent. Call support.</source>
        <translation>Le fichier de preuve {0} a changé depuis son enregistrement ; il n’a pas été envoyé. Appelez l’assistance.</translation>
    </message>
    <message>
        <source>A parcel of the carrier's manifest was skipped ({0}): {1}</source>
        <translation>Un colis du manifeste du transporteur a été ignoré ({0}) : {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) got no answer from the carrier's server; they stay waiting and go with the next sync.</source>
        <translation>
            <numerusform>%n événement n’a pas reçu de réponse du serveur du transporteur ; il reste en attente et partira à la prochaine synchro.</numerusform>
            <numerusform>%n événements n’ont pas reçu de réponse du serveur du transporteur ; ils restent en attente et partiront à la prochaine synchro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The carrier cannot use the tracking number “{0}” (1 to 64 letters, digits, '.', '_' or '-').</source>
        <translation>Le transporteur ne peut pas utiliser le numéro de suivi « {0} » (1 à 64 lettres, chiffres, « . », « _ » ou « - »).</translation>
    </message>
    <message>
        <source>The carrier does not know the action “{1}” (parcel {0}).</source>
        <translation>Le transporteur ne connaît pas l’action « {1} » (colis {0}).</translation>
    </message>
    <message>
        <source>Parcel {0}: the proof of delivery named in the event is not valid.</source>
        <translation>Colis {0} : la preuve de livraison indiquée dans l’événement n’est pas valable.</translation>
    </message>
    <message>
        <source>The carrier already has another record with this event's id. Call support.</source>
        <translation>Le transporteur a déjà un autre enregistrement avec l’identifiant de cet événement. Appelez l’assistance.</translation>
    </message>
    <message>
        <source>The carrier gave no reason.</source>
        <translation>Le transporteur n’a donné aucune raison.</translation>
    </message>
    <message>
        <source>This event is too big for the carrier's server: {0}</source>
        <translation>Cet événement est trop volumineux pour le serveur du transporteur : {0}</translation>
    </message>
    <message>
        <source>The carrier's server could not read this event: {0}</source>
        <translation>Le serveur du transporteur n’a pas pu lire cet événement : {0}</translation>
    </message>
    <message>
        <source>This computer has no print system (CUPS): install it, or set a network label printer (host:port) in Settings.</source>
        <translation>Cet ordinateur n’a pas de système d’impression (CUPS) : installez-le, ou indiquez une imprimante d’étiquettes réseau (hôte:port) dans Réglages.</translation>
    </message>
    <message>
        <source>The print system did not answer: restart the computer's printing service (CUPS), then print again.</source>
        <translation>Le système d’impression ne répond pas : redémarrez le service d’impression de l’ordinateur (CUPS), puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>No label printer is chosen: choose one in Settings.</source>
        <translation>Aucune imprimante d’étiquettes n’est choisie : choisissez-en une dans Réglages.</translation>
    </message>
    <message>
        <source>The printer “{0}” is not installed on this computer: plug it in and switch it on, or choose another printer in Settings.</source>
        <translation>L’imprimante « {0} » n’est pas installée sur cet ordinateur : branchez-la et allumez-la, ou choisissez une autre imprimante dans Réglages.</translation>
    </message>
    <message>
        <source>The printer “{0}” is out of paper or labels: load a new roll, then print again.</source>
        <translation>L’imprimante « {0} » n’a plus de papier ou d’étiquettes : mettez un nouveau rouleau, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>The printer “{0}” is not accepting jobs ({1}): turn it back on in the computer's printer settings, then print again.</source>
        <translation>L’imprimante « {0} » n’accepte pas les impressions ({1}) : réactivez-la dans les paramètres d’impression de l’ordinateur, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>The printer “{0}” is stopped ({1}): resume it in the computer's printer settings, then print again.</source>
        <translation>L’imprimante « {0} » est arrêtée ({1}) : relancez-la dans les paramètres d’impression de l’ordinateur, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>The printer “{0}” does not answer ({1}): check that it is switched on and its cable or network is connected, then print again.</source>
        <translation>L’imprimante « {0} » ne répond pas ({1}) : vérifiez qu’elle est allumée et que son câble ou le réseau est branché, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>The printer “{0}” refused the job ({1}): check it in the computer's printer settings, then print again.</source>
        <translation>L’imprimante « {0} » a refusé l’impression ({1}) : vérifiez-la dans les paramètres d’impression de l’ordinateur, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>The printer “{0}” could not start the job: check that it is installed and switched on, then print again.</source>
        <translation>L’imprimante « {0} » n’a pas pu lancer l’impression : vérifiez qu’elle est installée et allumée, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>default printer</source>
        <translation>imprimante par défaut</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). A copy of it could not be kept ({2}), so do not restore yet: free some space and start the app again, or call support.</source>
        <translation>La base de données de la boutique {0} est endommagée ({1}). Aucune copie n’a pu en être conservée ({2}), alors ne restaurez rien pour l’instant : libérez de la place et relancez l’application, ou appelez l’assistance.</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). A copy of it was kept as {2}. Close the app and restore the newest backup with: shopapp restore {3}</source>
        <translation>La base de données de la boutique {0} est endommagée ({1}). Une copie en a été conservée sous {2}. Fermez l’application et restaurez la sauvegarde la plus récente avec : shopapp restore {3}</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). A copy of it was kept as {2}. No backup was found; call support before doing anything else.</source>
        <translation>La base de données de la boutique {0} est endommagée ({1}). Une copie en a été conservée sous {2}. Aucune sauvegarde n’a été trouvée ; appelez l’assistance avant de faire quoi que ce soit d’autre.</translation>
    </message>
    <message>
        <source>A backup is being restored into the shop in {0} (process {1}). Wait for it to finish, then start the app again.</source>
        <translation>Une sauvegarde est en cours de restauration dans la boutique du dossier {0} (processus {1}). Attendez qu’elle se termine, puis relancez l’application.</translation>
    </message>
    <message>
        <source>The shop in {0} is open in another window (process {1}), which did not answer. Switch to that window, or close it, then start the app again.</source>
        <translation>La boutique du dossier {0} est ouverte dans une autre fenêtre (processus {1}), qui n’a pas répondu. Passez à cette fenêtre, ou fermez-la, puis relancez l’application.</translation>
    </message>
    <message>
        <source>The shop in {0} is in use by another program. Close it, then try again.</source>
        <translation>La boutique du dossier {0} est utilisée par un autre programme. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk of the shop's data folder ({0}) is full: only {1} KB free. The shop database is not damaged and nothing is lost: do not restore a backup. Free some space (empty the recycle bin, delete old downloads), then start the app again.</source>
        <translation>Le disque du dossier de données de la boutique ({0}) est plein : seulement {1} KB libres. La base de données de la boutique n’est pas endommagée et rien n’est perdu : ne restaurez pas de sauvegarde. Libérez de la place (videz la corbeille, supprimez d’anciens téléchargements), puis relancez l’application.</translation>
    </message>
    <message>
        <source>The shop's data folder {0} cannot be written (a read-only folder or disk, or no permission). The shop database is not damaged: do not restore a backup. Make the folder writable for your user (or start the app with --data-dir on a writable disk), then start the app again.</source>
        <translation>Impossible d’écrire dans le dossier de données de la boutique {0} (dossier ou disque en lecture seule, ou accès refusé). La base de données de la boutique n’est pas endommagée : ne restaurez pas de sauvegarde. Rendez le dossier accessible en écriture pour votre utilisateur (ou lancez l’application avec --data-dir sur un disque accessible en écriture), puis relancez l’application.</translation>
    </message>
    <message>
        <source>The shop database {0} is locked by another program (another copy of the app, or a database tool). It is not damaged: close the other program, then start the app again.</source>
        <translation>La base de données de la boutique {0} est verrouillée par un autre programme (une autre copie de l’application, ou un outil de base de données). Elle n’est pas endommagée : fermez l’autre programme, puis relancez l’application.</translation>
    </message>
    <message>
        <source>The disk failed while opening the shop database {0} ({1}); the database itself checks whole, so do not restore a backup. Check the disk (its cable, or free space), then start the app again.</source>
        <translation>Le disque a fait une erreur à l’ouverture de la base de données de la boutique {0} ({1}) ; la base elle-même est intacte à la vérification, alors ne restaurez pas de sauvegarde. Vérifiez le disque (son câble, ou l’espace libre), puis relancez l’application.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En livraison</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non livré</translation>
    </message>
    <message>
        <source>Return to carrier</source>
        <translation>À retourner au transporteur</translation>
    </message>
    <message>
        <source>Returned to carrier</source>
        <translation>Rendu au transporteur</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Adresse introuvable</translation>
    </message>
    <message>
        <source>Unsafe to leave</source>
        <translation>Dépôt impossible en sécurité</translation>
    </message>
    <message>
        <source>Business closed</source>
        <translation>Commerce fermé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>To the recipient</source>
        <translation>Au destinataire</translation>
    </message>
    <message>
        <source>With a neighbour</source>
        <translation>Chez un voisin</translation>
    </message>
    <message>
        <source>In a safe place</source>
        <translation>En lieu sûr</translation>
    </message>
    <message>
        <source>Collected at the counter</source>
        <translation>Retiré au comptoir</translation>
    </message>
    <message>
        <source>Too many failed attempts</source>
        <translation>Trop de tentatives échouées</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>Non retiré à temps</translation>
    </message>
    <message>
        <source>Outside the delivery area</source>
        <translation>Hors de la zone de livraison</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>report section</comment>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <comment>report section</comment>
        <translation>Non livrés</translation>
    </message>
    <message>
        <source>Counter pickups</source>
        <comment>report section</comment>
        <translation>Retraits au comptoir</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <comment>report section</comment>
        <translation>Retours au transporteur</translation>
    </message>
    <message>
        <source>Handed back to the carrier</source>
        <comment>report section</comment>
        <translation>Rendus au transporteur</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation>Scanné à l’arrivée</translation>
    </message>
    <message>
        <source>Scan undone</source>
        <translation>Scan annulé</translation>
    </message>
    <message>
        <source>Held for pickup</source>
        <translation>Mis de côté pour retrait</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Outcome corrected</source>
        <translation>Résultat corrigé</translation>
    </message>
    <message>
        <source>Handover corrected</source>
        <translation>Remise corrigée</translation>
    </message>
    <message>
        <source>Wrong outcome pressed</source>
        <translation>Mauvais résultat sélectionné</translation>
    </message>
    <message>
        <source>Wrong or misspelt name</source>
        <translation>Nom erroné ou mal orthographié</translation>
    </message>
    <message>
        <source>The recipient or the carrier says otherwise</source>
        <translation>Le destinataire ou le transporteur dit le contraire</translation>
    </message>
    <message>
        <source>The parcel turned up</source>
        <translation>Le colis a été retrouvé</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Autre (préciser)</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
    <message>
        <source>{0} mi</source>
        <translation>{0} mi</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>not on the manifest</source>
        <translation>absent du manifeste</translation>
    </message>
    <message>
        <source>outside the delivery area</source>
        <translation>hors de la zone de livraison</translation>
    </message>
</context>
<context>
    <name>NeighbourDialog</name>
    <message>
        <source>Left with a neighbour</source>
        <translation>Laissé chez un voisin</translation>
    </message>
    <message>
        <source>Their name and address, and a signature or a photo.</source>
        <translation>Son nom et son adresse, et une signature ou une photo.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The neighbour's name</source>
        <translation>Nom du voisin</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>e.g. 5 Mill Lane</source>
        <translation>ex. 5 rue du Moulin</translation>
    </message>
    <message>
        <source>Signature of the neighbour</source>
        <translation>Signature du voisin</translation>
    </message>
    <message>
        <source>…or a photo of the parcel</source>
        <translation>…ou une photo du colis</translation>
    </message>
</context>
<context>
    <name>OutcomeDialogs</name>
    <message>
        <source>Not at home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Adresse introuvable</translation>
    </message>
    <message>
        <source>Unsafe to leave</source>
        <translation>Dépôt impossible en sécurité</translation>
    </message>
    <message>
        <source>Business closed</source>
        <translation>Commerce fermé</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Autre (préciser)</translation>
    </message>
    <message>
        <source>No ID checked</source>
        <translation>Pas de pièce d’identité vérifiée</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Carte d’identité</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>Autre pièce</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Search tracking number, name or address</source>
        <translation>Rechercher un numéro de suivi, un nom ou une adresse</translation>
    </message>
    <message>
        <source>Search parcels</source>
        <translation>Rechercher des colis</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Select a parcel to see its history.</source>
        <translation>Sélectionnez un colis pour voir son historique.</translation>
    </message>
    <message>
        <source>Parcel history</source>
        <translation>Historique du colis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>&amp;Correct the outcome…</source>
        <translation>&amp;Corriger le résultat…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Corriger le résultat…</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{0} pour {1} : {2}</translation>
    </message>
    <message>
        <source>Correct the outcome recorded today (a wrong button, a wrong name).</source>
        <translation>Corriger le résultat enregistré aujourd’hui (mauvais bouton, mauvais nom).</translation>
    </message>
    <message>
        <source>Only a delivery or a handover recorded today can be corrected.</source>
        <translation>Seule une livraison ou une remise enregistrée aujourd’hui peut être corrigée.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Lendemain</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Jour même</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>No photo yet</source>
        <translation>Pas encore de photo</translation>
    </message>
    <message>
        <source>Choose photo file… (Ctrl+O)</source>
        <translation>Choisir un fichier photo… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Take photo with camera…</source>
        <translation>Prendre une photo avec la caméra…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Choose a photo file instead.</source>
        <translation>Choisissez plutôt un fichier photo.</translation>
    </message>
    <message>
        <source>This file is not a photo the app can use.
Choose another.</source>
        <translation>Ce fichier n’est pas une photo utilisable.
Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Préparation de la photo…</translation>
    </message>
    <message>
        <source>Photo chosen (no preview)</source>
        <translation>Photo choisie (pas d’aperçu)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} is too large for a photo.</source>
        <translation>{0} est trop volumineux pour une photo.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Impossible de lire {0} : {1}</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} j {1} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Counter pickup</source>
        <translation>Retrait au comptoir</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <translation>Retours au transporteur</translation>
    </message>
    <message>
        <source>Pickup and returns</source>
        <translation>Retraits et retours</translation>
    </message>
    <message>
        <source>Find a parcel</source>
        <translation>Trouver un colis</translation>
    </message>
    <message>
        <source>Name, tracking number or pickup code, or scan the customer's QR code</source>
        <translation>Nom, numéro de suivi ou code de retrait, ou scannez le QR code du client</translation>
    </message>
    <message>
        <source>Parcels found</source>
        <translation>Colis trouvés</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Remettre…</translation>
    </message>
    <message>
        <source>Hold for pickup</source>
        <translation>Garder pour retrait</translation>
    </message>
    <message>
        <source>Print pickup slip</source>
        <translation>Imprimer l’avis de retrait</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>F2  Hand over…</source>
        <translation>F2  Remettre…</translation>
    </message>
    <message>
        <source>F3  Hold for pickup</source>
        <translation>F3  Garder pour retrait</translation>
    </message>
    <message>
        <source>F4  Print pickup slip</source>
        <translation>F4  Imprimer l’avis de retrait</translation>
    </message>
    <message>
        <source>Find the parcel, or scan the customer's code.</source>
        <translation>Trouvez le colis, ou scannez le code du client.</translation>
    </message>
    <message>
        <source>No parcel found.</source>
        <translation>Aucun colis trouvé.</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{0} pour {1} : {2}</translation>
    </message>
    <message>
        <source>Waiting {0} (since {1}); collect by {2}.</source>
        <translation>En attente depuis {0} (arrivé le {1}) ; à retirer avant le {2}.</translation>
    </message>
    <message>
        <source>Found: {0} for {1} ({2})</source>
        <translation>Trouvé : {0} pour {1} ({2})</translation>
    </message>
    <message>
        <source>Nothing found for {0}.</source>
        <translation>Rien trouvé pour {0}.</translation>
    </message>
    <message>
        <source>Held for {0}: pickup code {1}. F4 prints the slip.</source>
        <translation>Mis de côté pour {0} : code de retrait {1}. F4 imprime l’avis.</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} pour {1}</translation>
    </message>
    <message>
        <source>Handed over: {0} to {1}.</source>
        <translation>Remis : {0} à {1}.</translation>
    </message>
    <message>
        <source>Print the pickup slip</source>
        <translation>Imprimer l’avis de retrait</translation>
    </message>
    <message>
        <source>Slip sent to {0}</source>
        <translation>Avis envoyé à {0}</translation>
    </message>
    <message>
        <source>The slip could not be written: {0}</source>
        <translation>L’avis n’a pas pu être enregistré : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) waited too long and moved to the returns.</source>
        <translation>
            <numerusform>%n colis a attendu trop longtemps et passe dans les retours.</numerusform>
            <numerusform>%n colis ont attendu trop longtemps et passent dans les retours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slip ready: {0}</source>
        <translation>Avis prêt : {0}</translation>
    </message>
</context>
<context>
    <name>PickupSlip</name>
    <message>
        <source>Your parcel is waiting for you</source>
        <translation>Votre colis vous attend</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <source>Parcel {0}</source>
        <translation>Colis {0}</translation>
    </message>
    <message>
        <source>Shelf {0}</source>
        <translation>Rayon {0}</translation>
    </message>
    <message>
        <source>Waiting since {0}</source>
        <translation>En attente depuis le {0}</translation>
    </message>
    <message>
        <source>Please collect by {0}</source>
        <translation>À retirer avant le {0}</translation>
    </message>
    <message>
        <source>Bring this slip or show the code, and an ID.</source>
        <translation>Apportez cet avis ou montrez le code, avec une pièce d’identité.</translation>
    </message>
    <message>
        <source>Pickup slip {0}</source>
        <translation>Avis de retrait {0}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>F5  Plan today</source>
        <translation>F5  Planifier aujourd’hui</translation>
    </message>
    <message>
        <source>Ctrl+R  Re-plan keeping pins</source>
        <translation>Ctrl+R  Replanifier en gardant les épingles</translation>
    </message>
    <message>
        <source>Esc  Cancel</source>
        <translation>Échap  Annuler</translation>
    </message>
    <message>
        <source>F9  Start run…</source>
        <translation>F9  Lancer la tournée…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P  Run sheet…</source>
        <translation>Ctrl+Maj+P  Feuille de route…</translation>
    </message>
    <message>
        <source>Paper size of the run sheet</source>
        <translation>Format de papier de la feuille de route</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Map of the routes</source>
        <translation>Carte des tournées</translation>
    </message>
    <message>
        <source>Stops in visiting order</source>
        <translation>Arrêts dans l’ordre de passage</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Ctrl+↑  Earlier</source>
        <translation>Ctrl+↑  Plus tôt</translation>
    </message>
    <message>
        <source>Ctrl+↓  Later</source>
        <translation>Ctrl+↓  Plus tard</translation>
    </message>
    <message>
        <source>Ctrl+→  Next van</source>
        <translation>Ctrl+→  Camionnette suivante</translation>
    </message>
    <message>
        <source>Ctrl+P  Pin / unpin</source>
        <translation>Ctrl+P  Épingler / désépingler</translation>
    </message>
    <message>
        <source>Stops not on a route, with the reason</source>
        <translation>Arrêts hors tournée, avec la raison</translation>
    </message>
    <message>
        <source>Ctrl+L  Set location…</source>
        <translation>Ctrl+L  Définir la position…</translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation>Hors tournée</translation>
    </message>
    <message>
        <source>Plan · {0}</source>
        <translation>Tournée · {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the shelf waiting to be planned. Press F5 to plan today.</source>
        <translation>
            <numerusform>%n adresse en rayon attend d’être planifiée. Appuyez sur F5 pour planifier la journée.</numerusform>
            <numerusform>%n adresses en rayon attendent d’être planifiées. Appuyez sur F5 pour planifier la journée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Van {0} · {1} · {2} · {3} · {4}–{5} ({6})</source>
        <translation>Camionnette {0} · {1} · {2} · {3} · {4}–{5} ({6})</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} · {4} in all · {5} · {6}</source>
        <translation>{0} · {1} · {2} · {3} · {4} au total · {5} · {6}</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n tournée</numerusform>
            <numerusform>%n tournées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on a route</source>
        <translation>
            <numerusform>%n hors tournée</numerusform>
            <numerusform>%n hors tournée</numerusform>
        </translation>
    </message>
    <message>
        <source>Van {0} carries {1}, more than its {2}.</source>
        <translation>La camionnette {0} transporte {1}, au-delà de sa capacité ({2}).</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n arrêt</numerusform>
            <numerusform>%n arrêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n parcel(s) as out for delivery and start the run?</source>
        <translation>
            <numerusform>Marquer %n colis comme en livraison et lancer la tournée ?</numerusform>
            <numerusform>Marquer %n colis comme en livraison et lancer la tournée ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) out for delivery. Good run!</source>
        <translation>
            <numerusform>%n colis en livraison. Bonne tournée !</numerusform>
            <numerusform>%n colis en livraison. Bonne tournée !</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>Plan today</source>
        <translation>Planifier aujourd’hui</translation>
    </message>
    <message>
        <source>Re-plan keeping pins</source>
        <translation>Replanifier en gardant les épingles</translation>
    </message>
    <message>
        <source>Cancel planning</source>
        <translation>Annuler la planification</translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation>Lancer la tournée…</translation>
    </message>
    <message>
        <source>Run sheet…</source>
        <translation>Feuille de route…</translation>
    </message>
    <message>
        <source>Stop earlier</source>
        <translation>Avancer l’arrêt</translation>
    </message>
    <message>
        <source>Stop later</source>
        <translation>Reculer l’arrêt</translation>
    </message>
    <message>
        <source>Stop on the next van</source>
        <translation>Passer l’arrêt à la camionnette suivante</translation>
    </message>
    <message>
        <source>Pin / unpin the stop</source>
        <translation>Épingler / désépingler l’arrêt</translation>
    </message>
    <message>
        <source>Set location…</source>
        <translation>Définir la position…</translation>
    </message>
    <message>
        <source>Stop on the previous van</source>
        <translation>Passer l’arrêt à la camionnette précédente</translation>
    </message>
    <message>
        <source>Plan · tomorrow, {0}</source>
        <translation>Tournée · demain, {0}</translation>
    </message>
    <message>
        <source>F5  Plan tomorrow</source>
        <translation>F5  Planifier demain</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the shelf waiting to be planned. Today's shift is over: press F5 to plan tomorrow.</source>
        <translation>
            <numerusform>%n adresse en rayon attend d’être planifiée. Le service du jour est terminé : appuyez sur F5 pour planifier demain.</numerusform>
            <numerusform>%n adresses en rayon attendent d’être planifiées. Le service du jour est terminé : appuyez sur F5 pour planifier demain.</numerusform>
        </translation>
    </message>
    <message>
        <source>window {0}–{1}</source>
        <translation>créneau {0}–{1}</translation>
    </message>
    <message>
        <source>{0} is {1} from the nearest road on the map: check its location.</source>
        <translation>{0} est à {1} de la route la plus proche sur la carte : vérifiez son emplacement.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>run started</source>
        <translation>tournée lancée</translation>
    </message>
    <message>
        <source>Distances and times on the roads of the map.</source>
        <translation>Distances et durées sur les routes de la carte.</translation>
    </message>
    <message>
        <source>Distances are estimates (crow-fly × road factor, times at a set speed): load a road map for real ones.</source>
        <translation>Les distances sont des estimations (à vol d'oiseau × facteur routier, durées à vitesse fixe) : chargez une carte routière pour des valeurs réelles.</translation>
    </message>
    <message>
        <source>Van {0}, stop {1} ({2}): arrives {3}, after its window closes at {4}.</source>
        <translation>Camionnette {0}, arrêt {1} ({2}) : arrive à {3}, après la fin de son créneau à {4}.</translation>
    </message>
    <message>
        <source>Van {0} is back at {1}, after the shift ends at {2}.</source>
        <translation>La camionnette {0} rentre à {1}, après la fin du service à {2}.</translation>
    </message>
    <message>
        <source>{0} goes to {1}.</source>
        <translation>{0} va à {1}.</translation>
    </message>
    <message>
        <source>{0} is not in this plan.</source>
        <translation>{0} ne fait pas partie de ce plan.</translation>
    </message>
    <message>
        <source>must go today</source>
        <translation>à livrer aujourd’hui</translation>
    </message>
    <message>
        <source>shelf {0}</source>
        <translation>rayon {0}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Planning %n address(es)…</source>
        <translation>
            <numerusform>Planification de %n adresse…</numerusform>
            <numerusform>Planification de %n adresses…</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcels on the shelf to plan.</source>
        <translation>Aucun colis en rayon à planifier.</translation>
    </message>
    <message>
        <source>Planned: the routes are saved as a draft.</source>
        <translation>Planifié : les tournées sont enregistrées comme brouillon.</translation>
    </message>
    <message>
        <source>Stop moved and pinned; the times are recomputed.</source>
        <translation>Arrêt déplacé et épinglé ; les horaires sont recalculés.</translation>
    </message>
    <message>
        <source>Stop moved to van {0} and pinned; the times are recomputed.</source>
        <translation>Arrêt déplacé vers la camionnette {0} et épinglé ; les horaires sont recalculés.</translation>
    </message>
    <message>
        <source>Pinned: a re-plan keeps this stop on its van.</source>
        <translation>Épinglé : une nouvelle planification garde cet arrêt sur sa camionnette.</translation>
    </message>
    <message>
        <source>Unpinned.</source>
        <translation>Désépinglé.</translation>
    </message>
    <message>
        <source>Location saved for {0}.</source>
        <translation>Position enregistrée pour {0}.</translation>
    </message>
    <message>
        <source>The plan breaks some limits:
{0}

{1}</source>
        <translation>Le plan dépasse certaines limites :
{0}

{1}</translation>
    </message>
    <message>
        <source>Writing the run sheet…</source>
        <translation>Écriture de la feuille de route…</translation>
    </message>
    <message>
        <source>Run sheet saved: {0}</source>
        <translation>Feuille de route enregistrée : {0}</translation>
    </message>
    <message>
        <source>Print the run sheet</source>
        <translation>Imprimer la feuille de route</translation>
    </message>
    <message>
        <source>Printing the run sheet…</source>
        <translation>Impression de la feuille de route…</translation>
    </message>
    <message>
        <source>Run sheet sent to {0}</source>
        <translation>Feuille de route envoyée à {0}</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Lancer la tournée</translation>
    </message>
    <message>
        <source>Set location of {0}</source>
        <translation>Position de {0}</translation>
    </message>
    <message>
        <source>Set location</source>
        <translation>Définir la position</translation>
    </message>
    <message>
        <source>Latitude, longitude of {0}
(for example 52.1234, -1.9876; remembered for this address)</source>
        <translation>Latitude, longitude de {0}
(par exemple 52.1234, -1.9876 ; mémorisée pour cette adresse)</translation>
    </message>
    <message>
        <source>“{0}” is not a latitude and a longitude, such as 52.1234, -1.9876.</source>
        <translation>« {0} » n’est pas une latitude et une longitude, comme 52.1234, -1.9876.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Delivered to the recipient</source>
        <translation>Remis au destinataire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Who took the parcel</source>
        <translation>Qui a pris le colis</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Day of the report</source>
        <translation>Jour du rapport</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the same rows as a spreadsheet file (CSV)</source>
        <translation>Enregistrer les mêmes lignes dans un fichier tableur (CSV)</translation>
    </message>
    <message>
        <source>Parcels of the day</source>
        <translation>Colis du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the end-of-day report (Ctrl+P)</source>
        <translation>Imprimer le rapport de fin de journée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the end-of-day report as a PDF (Ctrl+Shift+S)</source>
        <translation>Enregistrer le rapport de fin de journée en PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>That day:</source>
        <translation>Ce jour-là :</translation>
    </message>
    <message>
        <source>Its week:</source>
        <translation>Sa semaine :</translation>
    </message>
    <message>
        <source>Its month:</source>
        <translation>Son mois :</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; scanned in</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; scanné</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; scannés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; livré</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; livrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; not delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; non livré</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; non livrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; picked up</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; retiré</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; return(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; retour</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; retours</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}: recorded “{2}”, corrected to “{3}” ({4})</source>
        <translation>{0} {1} : enregistré « {2} », corrigé en « {3} » ({4})</translation>
    </message>
    <message numerus="yes">
        <source>Corrections of the day (%n)</source>
        <translation>
            <numerusform>Corrections du jour (%n)</numerusform>
            <numerusform>Corrections du jour (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message numerus="yes">
        <source>deliveries: %Ln</source>
        <translation>
            <numerusform>livraison : %Ln</numerusform>
            <numerusform>livraisons : %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pickups: %Ln</source>
        <translation>
            <numerusform>retrait : %Ln</numerusform>
            <numerusform>retraits : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation>Le rapport n’a pas été enregistré : {0}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>✔ Report sent to {0}</source>
        <translation>✔ Rapport envoyé à {0}</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {0}</source>
        <translation>Le fichier CSV n’a pas été enregistré : {0}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>{0} per delivered parcel, {1} per counter pickup (see Settings)</source>
        <translation>{0} par colis livré, {1} par retrait au comptoir (voir Réglages)</translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation>Enregistrer le rapport de fin de journée</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Report saved: {0}</source>
        <translation>✔ Rapport enregistré : {0}</translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation>Exporter la journée en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>✔ CSV saved: {0}</source>
        <translation>✔ CSV enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Scan result</source>
        <translation>Résultat du scan</translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <source>Parcels to return</source>
        <translation>Colis à retourner</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Scan each parcel as it goes onto the carrier's van.</source>
        <translation>Scannez chaque colis au moment où il monte dans la camionnette du transporteur.</translation>
    </message>
    <message>
        <source>Attempt limit reached</source>
        <translation>Limite de tentatives atteinte</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>Non retiré à temps</translation>
    </message>
    <message>
        <source>Outside the delivery area</source>
        <translation>Hors de la zone de livraison</translation>
    </message>
    <message numerus="yes">
        <source>✔ {0} handed to the carrier. %n left to return.</source>
        <translation>
            <numerusform>✔ {0} remis au transporteur. Reste %n colis à retourner.</numerusform>
            <numerusform>✔ {0} remis au transporteur. Restent %n colis à retourner.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ {0} is not a return ({1}): keep it in the shop.</source>
        <translation>✗ {0} n’est pas un retour ({1}) : gardez-le à la boutique.</translation>
    </message>
    <message>
        <source>✗ {0} is not one of this shop's parcels.</source>
        <translation>✗ {0} n’est pas un colis de cette boutique.</translation>
    </message>
</context>
<context>
    <name>RoadMapPanel</name>
    <message>
        <source>Road map (for real distances, road times and directions)</source>
        <translation>Carte routière (distances réelles, temps de trajet et itinéraires)</translation>
    </message>
    <message>
        <source>Load road map…</source>
        <translation>Charger une carte routière…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l'import</translation>
    </message>
    <message>
        <source>No road map is loaded: plans use estimated distances (crow-fly × road factor) and times. Load an OpenStreetMap extract (.osm.pbf) of your area; the carrier may also send one with the sync.</source>
        <translation>Aucune carte routière n'est chargée : les tournées utilisent des distances et des durées estimées (à vol d'oiseau × facteur routier). Chargez un extrait OpenStreetMap (.osm.pbf) de votre secteur ; le transporteur peut aussi en envoyer un lors de la synchronisation.</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>In use: {0} (data of {1}), area {2:.3f}, {3:.3f} to {4:.3f}, {5:.3f}. Map data {6}, licence {7}.</source>
        <translation>En service : {0} (données du {1}), zone {2:.3f}, {3:.3f} à {4:.3f}, {5:.3f}. Données cartographiques {6}, licence {7}.</translation>
    </message>
    <message>
        <source>Load road map</source>
        <translation>Charger une carte routière</translation>
    </message>
    <message>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf);;All files (*)</source>
        <translation>Extraits OpenStreetMap (*.osm.pbf *.pbf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Chargement de {0}…</translation>
    </message>
    <message>
        <source>The road map was not loaded: {0}</source>
        <translation>La carte routière n'a pas été chargée : {0}</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>{0} m</source>
        <translation>{0} m</translation>
    </message>
    <message>
        <source>{0:.1f} km</source>
        <translation>{0:.1f} km</translation>
    </message>
    <message>
        <source>{0} yd</source>
        <translation>{0} yd</translation>
    </message>
    <message>
        <source>{0:.1f} mi</source>
        <translation>{0:.1f} mi</translation>
    </message>
    <message>
        <source>Finding the nearest road…</source>
        <translation>Recherche de la route la plus proche…</translation>
    </message>
    <message>
        <source>{0:.5f}, {1:.5f}</source>
        <translation>{0:.5f}, {1:.5f}</translation>
    </message>
    <message>
        <source>No road within {0} of this point</source>
        <translation>Aucune route à moins de {0} de ce point</translation>
    </message>
    <message>
        <source>Far from any road: the nearest is {0} away</source>
        <translation>Loin de toute route : la plus proche est à {0}</translation>
    </message>
    <message>
        <source>Nearest road: {0} away</source>
        <translation>Route la plus proche : à {0}</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>To stop {0} · {1}</source>
        <translation>Vers l'arrêt {0} · {1}</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>Retour au magasin</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (suite)</translation>
    </message>
    <message>
        <source>Run sheet · {0}</source>
        <translation>Feuille de route · {0}</translation>
    </message>
    <message>
        <source>{0} · Van {1}</source>
        <translation>{0} · Camionnette {1}</translation>
    </message>
    <message>
        <source>Driver: {0}     Vehicle: {1}</source>
        <translation>Chauffeur : {0}     Véhicule : {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n arrêt</numerusform>
            <numerusform>%n arrêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · leave {3}, back {4} ({5})</source>
        <translation>{0} · {1} · {2} · départ {3}, retour {4} ({5})</translation>
    </message>
    <message>
        <source>Van {0} (continued) · {1}</source>
        <translation>Camionnette {0} (suite) · {1}</translation>
    </message>
    <message>
        <source>Time window {0}–{1}</source>
        <translation>Créneau {0}–{1}</translation>
    </message>
    <message>
        <source>Van {0} · directions</source>
        <translation>Camionnette {0} · itinéraire</translation>
    </message>
    <message>
        <source>Not on this run</source>
        <translation>Hors de cette tournée</translation>
    </message>
    <message>
        <source>{0} · {1} · page {2} of {3}</source>
        <translation>{0} · {1} · page {2} sur {3}</translation>
    </message>
    <message>
        <source>Run sheet {0}</source>
        <translation>Feuille de route {0}</translation>
    </message>
</context>
<context>
    <name>SafePlaceDialog</name>
    <message>
        <source>Left in a safe place</source>
        <translation>Laissé en lieu sûr</translation>
    </message>
    <message>
        <source>Where, and a photo of the parcel there.</source>
        <translation>L’endroit, et une photo du colis sur place.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lieu sûr</translation>
    </message>
    <message>
        <source>Porch</source>
        <translation>Porche</translation>
    </message>
    <message>
        <source>Behind the bin</source>
        <translation>Derrière la poubelle</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <source>Shed</source>
        <translation>Abri de jardin</translation>
    </message>
    <message>
        <source>Back door</source>
        <translation>Porte de derrière</translation>
    </message>
    <message>
        <source>Greenhouse</source>
        <translation>Serre</translation>
    </message>
    <message>
        <source>e.g. Behind the green bin</source>
        <translation>ex. Derrière la poubelle verte</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>Photo of the parcel where it was left</source>
        <translation>Photo du colis là où il a été laissé</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Ready: scan a parcel</source>
        <translation>Prêt : scannez un colis</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Batch import</source>
        <translation>Import par lot</translation>
    </message>
    <message>
        <source>Type a tracking number that will not scan</source>
        <translation>Tapez un numéro de suivi qui ne passe pas au scanner</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Damaged (F9)</source>
        <translation>Endommagé (F9)</translation>
    </message>
    <message>
        <source>Undo last scan (Ctrl+Z)</source>
        <translation>Annuler le dernier scan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Shelf label…</source>
        <translation>Étiquette de rayon…</translation>
    </message>
    <message>
        <source>Import batch file…</source>
        <translation>Importer un fichier de lot…</translation>
    </message>
    <message>
        <source>Same number: receive it (F8)</source>
        <translation>Même numéro : le recevoir (F8)</translation>
    </message>
    <message>
        <source>Parcels not scanned yet</source>
        <translation>Colis pas encore scannés</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>The scan was not recorded: fix this, then scan the parcel again.</source>
        <translation>Le scan n’a pas été enregistré : corrigez le problème, puis scannez à nouveau le colis.</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>REÇU</translation>
    </message>
    <message numerus="yes">
        <source>Not scanned yet: %n parcel(s)</source>
        <translation>
            <numerusform>Pas encore scanné : %n colis</numerusform>
            <numerusform>Pas encore scannés : %n colis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>ALREADY RECEIVED</source>
        <translation>DÉJÀ REÇU</translation>
    </message>
    <message>
        <source>Shelf labels from before were not printed.</source>
        <translation>Des étiquettes de rayon d’avant n’ont pas été imprimées.</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Arrêter l’import</translation>
    </message>
    <message>
        <source>Check in the typed number</source>
        <translation>Enregistrer l’arrivée du numéro tapé</translation>
    </message>
    <message>
        <source>Same number: receive it</source>
        <translation>Même numéro : le recevoir</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Annuler le dernier scan</translation>
    </message>
    <message>
        <source>NOT ON MANIFEST</source>
        <translation>ABSENT DU MANIFESTE</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <source>CHECK THE NUMBER</source>
        <translation>VÉRIFIEZ LE NUMÉRO</translation>
    </message>
    <message>
        <source>OUTSIDE RADIUS</source>
        <translation>HORS ZONE</translation>
    </message>
    <message>
        <source>INVALID CODE</source>
        <translation>CODE INVALIDE</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>Lu : {0}</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan again or type the number below.</source>
        <translation>Rien n’a été enregistré. Scannez à nouveau ou tapez le numéro ci-dessous.</translation>
    </message>
    <message>
        <source> · DAMAGED</source>
        <translation> · ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>SCAN UNDONE</source>
        <translation>SCAN ANNULÉ</translation>
    </message>
    <message>
        <source>Printing the shelf labels again…</source>
        <translation>Nouvelle impression des étiquettes de rayon…</translation>
    </message>
    <message>
        <source>The shelf labels are printed.</source>
        <translation>Les étiquettes de rayon sont imprimées.</translation>
    </message>
    <message>
        <source>The shelf label was not printed: {0}</source>
        <translation>L’étiquette de rayon n’a pas été imprimée : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) kept.</source>
        <translation>
            <numerusform>%n étiquette conservée.</numerusform>
            <numerusform>%n étiquettes conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimer à nouveau</translation>
    </message>
    <message>
        <source>SAME DAY  </source>
        <translation>JOUR MÊME  </translation>
    </message>
    <message>
        <source>Expected {0}</source>
        <translation>Attendus {0}</translation>
    </message>
    <message>
        <source>Received {0}</source>
        <translation>Reçus {0}</translation>
    </message>
    <message>
        <source>Missing {0}</source>
        <translation>Manquants {0}</translation>
    </message>
    <message>
        <source>Not on manifest {0}</source>
        <translation>Hors manifeste {0}</translation>
    </message>
    <message>
        <source>For return {0}</source>
        <translation>À retourner {0}</translation>
    </message>
    <message>
        <source>Damaged {0}</source>
        <translation>Endommagés {0}</translation>
    </message>
    <message>
        <source>Import the scanner's batch file</source>
        <translation>Importer le fichier de lot du scanner</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.dat);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv *.dat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Import de {0}…</translation>
    </message>
    <message>
        <source>Import stopped before it began: nothing was checked in.</source>
        <translation>L’import a été arrêté avant de commencer : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Import failed: {0}</source>
        <translation>L’import a échoué : {0}</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>The serial scanner on {0} could not be opened: {1}</source>
        <translation>Le scanner série sur {0} n’a pas pu être ouvert : {1}</translation>
    </message>
</context>
<context>
    <name>SettingsHelp</name>
    <message>
        <source>The language of the app; dates and numbers follow it too.</source>
        <translation>La langue de l’application ; les dates et les nombres la suivent aussi.</translation>
    </message>
    <message>
        <source>Larger text for a small or far-away screen (1.0 is normal).</source>
        <translation>Texte plus grand pour un écran petit ou éloigné (1,0 est la taille normale).</translation>
    </message>
    <message>
        <source>How loud the sound after each scan is (0 to 1).</source>
        <translation>Volume du son après chaque scan (de 0 à 1).</translation>
    </message>
    <message>
        <source>No sound after a scan; the big coloured result still shows.</source>
        <translation>Pas de son après un scan ; le grand résultat en couleur s’affiche quand même.</translation>
    </message>
    <message>
        <source>Each parcel checked in gets a shelf label on the label printer at once.</source>
        <translation>Chaque colis enregistré à l’arrivée reçoit aussitôt une étiquette de rayon sur l’imprimante d’étiquettes.</translation>
    </message>
    <message>
        <source>The size of the labels in the label printer.</source>
        <translation>Le format des étiquettes chargées dans l’imprimante d’étiquettes.</translation>
    </message>
    <message>
        <source>Only for a Zebra printer on the network: its address and port, for example 192.168.1.50:9100. Empty: the label printer above is used.</source>
        <translation>Uniquement pour une imprimante Zebra en réseau : son adresse et son port, par exemple 192.168.1.50:9100. Vide : l’imprimante d’étiquettes ci-dessus est utilisée.</translation>
    </message>
    <message>
        <source>The printer for shelf labels.</source>
        <translation>L’imprimante des étiquettes de rayon.</translation>
    </message>
    <message>
        <source>Pages suit any printer; ZPL is for Zebra and compatible label printers.</source>
        <translation>« Pages » convient à toute imprimante ; ZPL est destiné aux imprimantes d’étiquettes Zebra et compatibles.</translation>
    </message>
    <message>
        <source>The A4 or Letter printer for run sheets, pickup slips and reports.</source>
        <translation>L’imprimante A4 ou Letter pour les feuilles de route, les avis de retrait et les rapports.</translation>
    </message>
    <message>
        <source>The currency earnings are shown in.</source>
        <translation>La devise dans laquelle les gains sont affichés.</translation>
    </message>
    <message>
        <source>Characters your scanner sends before each code, if it is set to send any.</source>
        <translation>Caractères que votre scanner envoie avant chaque code, s’il est réglé pour en envoyer.</translation>
    </message>
    <message>
        <source>Characters your scanner sends after each code, before Enter or Tab.</source>
        <translation>Caractères que votre scanner envoie après chaque code, avant Entrée ou Tab.</translation>
    </message>
    <message>
        <source>A scanner types fast; a person slower. Raise it if scans are taken for typing on a slow computer.</source>
        <translation>Un scanner tape vite ; une personne, plus lentement. Augmentez la valeur si, sur un ordinateur lent, des scans sont pris pour de la saisie au clavier.</translation>
    </message>
    <message>
        <source>Only for a scanner on a serial (COM) port; a USB scanner that types needs none.</source>
        <translation>Uniquement pour un scanner sur port série (COM) ; un scanner USB qui tape comme un clavier n’en a pas besoin.</translation>
    </message>
    <message>
        <source>Used only without a road map: how much longer the roads are than a straight line.</source>
        <translation>Utilisé seulement sans carte routière : de combien les routes sont plus longues que la ligne droite.</translation>
    </message>
    <message>
        <source>Used only without a road map, to estimate driving times.</source>
        <translation>Utilisée seulement sans carte routière, pour estimer les temps de trajet.</translation>
    </message>
    <message>
        <source>Parking, walking to the door and back.</source>
        <translation>Se garer, aller à pied jusqu’à la porte et revenir.</translation>
    </message>
    <message>
        <source>Added at a stop for each parcel handed over.</source>
        <translation>Ajouté à l’arrêt pour chaque colis remis.</translation>
    </message>
    <message>
        <source>After this many failed attempts a parcel goes back to the carrier.</source>
        <translation>Après ce nombre de tentatives échouées, le colis retourne au transporteur.</translation>
    </message>
    <message>
        <source>A parcel not collected in this many days goes back to the carrier.</source>
        <translation>Un colis non retiré dans ce nombre de jours retourne au transporteur.</translation>
    </message>
    <message>
        <source>Signatures and photos the carrier has are deleted from this computer after this many days.</source>
        <translation>Les signatures et photos déjà reçues par le transporteur sont effacées de cet ordinateur après ce nombre de jours.</translation>
    </message>
    <message>
        <source>What the carrier pays for each parcel delivered.</source>
        <translation>Ce que le transporteur paie pour chaque colis livré.</translation>
    </message>
    <message>
        <source>What the carrier pays for each parcel collected at the counter.</source>
        <translation>Ce que le transporteur paie pour chaque colis retiré au comptoir.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Scan sound volume</source>
        <translation>Volume du son de scan</translation>
    </message>
    <message>
        <source>Mute scan sounds</source>
        <translation>Couper les sons de scan</translation>
    </message>
    <message>
        <source>Print a shelf label on each scan</source>
        <translation>Imprimer une étiquette de rayon à chaque scan</translation>
    </message>
    <message>
        <source>Scanner prefix characters</source>
        <translation>Caractères de préfixe du scanner</translation>
    </message>
    <message>
        <source>Scanner suffix characters</source>
        <translation>Caractères de suffixe du scanner</translation>
    </message>
    <message>
        <source>Longest gap between scanner keys (ms)</source>
        <translation>Délai maximal entre deux touches du scanner (ms)</translation>
    </message>
    <message>
        <source>Shelf label size</source>
        <translation>Format d’étiquette de rayon</translation>
    </message>
    <message>
        <source>Network Zebra printer (address:port)</source>
        <translation>Imprimante Zebra réseau (adresse:port)</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Imprimante d’étiquettes</translation>
    </message>
    <message>
        <source>Label printer language</source>
        <translation>Langage de l’imprimante d’étiquettes</translation>
    </message>
    <message>
        <source>Printer for run sheets and reports</source>
        <translation>Imprimante des feuilles de route et des rapports</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Port du scanner série</translation>
    </message>
    <message>
        <source>Road distance / straight-line distance</source>
        <translation>Distance par la route / distance à vol d’oiseau</translation>
    </message>
    <message>
        <source>Average driving speed (km/h)</source>
        <translation>Vitesse moyenne de conduite (km/h)</translation>
    </message>
    <message>
        <source>Time at each stop (seconds)</source>
        <translation>Temps à chaque arrêt (secondes)</translation>
    </message>
    <message>
        <source>Extra time per parcel (seconds)</source>
        <translation>Temps supplémentaire par colis (secondes)</translation>
    </message>
    <message>
        <source>Delivery attempts before return</source>
        <translation>Tentatives de livraison avant retour</translation>
    </message>
    <message>
        <source>Days a parcel waits for pickup</source>
        <translation>Jours d’attente d’un colis pour retrait</translation>
    </message>
    <message>
        <source>Days proof files are kept after sync</source>
        <translation>Jours de conservation des preuves après synchro</translation>
    </message>
    <message>
        <source>Earnings per delivered parcel</source>
        <translation>Gain par colis livré</translation>
    </message>
    <message>
        <source>Earnings per counter pickup</source>
        <translation>Gain par retrait au comptoir</translation>
    </message>
    <message>
        <source>Counter and labels</source>
        <translation>Comptoir et étiquettes</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Delivery rules</source>
        <translation>Règles de livraison</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Langue et affichage</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>4 x 6 in shipping label</source>
        <translation>Étiquette d’expédition 4 x 6 po</translation>
    </message>
    <message>
        <source>62 mm roll</source>
        <translation>Rouleau de 62 mm</translation>
    </message>
    <message>
        <source>Pages (any printer)</source>
        <translation>Pages (toute imprimante)</translation>
    </message>
    <message>
        <source>ZPL (Zebra and compatible)</source>
        <translation>ZPL (Zebra et compatibles)</translation>
    </message>
    <message>
        <source>{0} (not connected)</source>
        <translation>{0} (non connectée)</translation>
    </message>
    <message>
        <source>None: save labels as PDF files</source>
        <translation>Aucune : enregistrer les étiquettes en fichiers PDF</translation>
    </message>
    <message>
        <source>System default printer ({0})</source>
        <translation>Imprimante par défaut du système ({0})</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>From the language and country ({0})</source>
        <translation>Selon la langue et le pays ({0})</translation>
    </message>
    <message>
        <source>From the language and country</source>
        <translation>Selon la langue et le pays</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Réglages avancés</translation>
    </message>
    <message>
        <source>Edit shop &amp;profile…</source>
        <translation>Modifier le &amp;profil de la boutique…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;À propos…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; at {1:.5f}, {2:.5f}; radius {3}; {4} of {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; à {1:.5f}, {2:.5f} ; rayon {3} ; {4} de {5}</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n véhicule</numerusform>
            <numerusform>%n véhicules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Saved</source>
        <translation>✔ Enregistré</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up your shop</source>
        <translation>Configurer votre boutique</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Tell the app about your shop. You can change all of this later in Settings. If the carrier gave you a server address and a token, pairing fills the name and location for you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Présentez votre boutique à l’application. Vous pourrez tout modifier plus tard dans Réglages. Si le transporteur vous a donné une adresse de serveur et un jeton, l’appairage remplit le nom et la position pour vous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>miles</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Place the shop on the &amp;map…</source>
        <translation>Placer le magasin sur la &amp;carte…</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Nom de la boutique</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Delivery &amp;radius</source>
        <translation>&amp;Rayon de livraison</translation>
    </message>
    <message>
        <source>Delivery radius</source>
        <translation>Rayon de livraison</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Véhicules</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>&amp;Parcels per vehicle</source>
        <translation>&amp;Colis par véhicule</translation>
    </message>
    <message>
        <source>Parcels per vehicle</source>
        <translation>Colis par véhicule</translation>
    </message>
    <message>
        <source>Opens &amp;at</source>
        <translation>Ouvre &amp;à</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Heure d’ouverture</translation>
    </message>
    <message>
        <source>&amp;Closes at</source>
        <translation>&amp;Ferme à</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Heure de fermeture</translation>
    </message>
    <message>
        <source>The shop's days (Today, reports, same-day parcels) start and end at midnight in this zone, whatever the PC's clock is set to.</source>
        <translation>Les journées de la boutique (Aujourd’hui, rapports, colis du jour même) commencent et finissent à minuit dans ce fuseau, quelle que soit l’heure réglée sur l’horloge du PC.</translation>
    </message>
    <message>
        <source>Place the shop</source>
        <translation>Placer le magasin</translation>
    </message>
</context>
<context>
    <name>ShopStatusBar</name>
    <message>
        <source>{0} bytes</source>
        <translation>{0} octets</translation>
    </message>
    <message>
        <source>{0} kB</source>
        <translation>{0} ko</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <source>The connection keeps dropping: {0} of {1} sent; it carries on by itself.</source>
        <translation>La connexion coupe sans cesse : {0} sur {1} envoyés ; l’envoi continue tout seul.</translation>
    </message>
    <message>
        <source>Sending: {0} of {1} sent, {2} still to send.</source>
        <translation>Envoi : {0} sur {1} envoyés, encore {2} à envoyer.</translation>
    </message>
    <message>
        <source>{0} of {1} sent; {2} still to send with the next sync.</source>
        <translation>{0} sur {1} envoyés ; encore {2} à envoyer à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{0} sent; nothing left to send.</source>
        <translation>{0} envoyés ; plus rien à envoyer.</translation>
    </message>
    <message>
        <source>Not paired with the carrier (see Sync)</source>
        <translation>Non appairé avec le transporteur (voir Synchro)</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>○ Offline (working locally)</source>
        <translation>○ Hors ligne (travail en local)</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Dernière synchro : {0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to sync</source>
        <translation>
            <numerusform>%n événement en attente de synchro</numerusform>
            <numerusform>%n événements en attente de synchro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected: see Sync</source>
        <translation>
            <numerusform>%n refusé : voir Synchro</numerusform>
            <numerusform>%n refusés : voir Synchro</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection dropping: {0} of {1} sent, carrying on</source>
        <translation>La connexion coupe : {0} sur {1} envoyés, l’envoi continue</translation>
    </message>
    <message>
        <source>Syncing: {0} of {1} sent, {2} to go</source>
        <translation>Synchronisation : {0} sur {1} envoyés, encore {2}</translation>
    </message>
    <message>
        <source>{0} still to send (the connection dropped)</source>
        <translation>Encore {0} à envoyer (la connexion a coupé)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>A scan is a scan on every page: no key needs to be pressed first. Page keys work while their page shows.</source>
        <translation>Un scan fonctionne sur toutes les pages : inutile d’appuyer d’abord sur une touche. Les touches d’une page marchent quand cette page est affichée.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Undo stroke</source>
        <translation>Annuler le trait</translation>
    </message>
    <message>
        <source>Ctrl+Z on the pad</source>
        <translation>Ctrl+Z sur le pavé</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete on the pad</source>
        <translation>Suppr sur le pavé</translation>
    </message>
    <message>
        <source>✔ Signature ok</source>
        <translation>✔ Signature valable</translation>
    </message>
    <message>
        <source>Waiting for a signature</source>
        <translation>En attente d’une signature</translation>
    </message>
    <message>
        <source>Only a dot so far: sign across the pad</source>
        <translation>Juste un point pour l’instant : signez sur toute la surface</translation>
    </message>
    <message>
        <source>Too small to be a signature: sign across the pad</source>
        <translation>Trop petit pour une signature : signez sur toute la surface</translation>
    </message>
    <message>
        <source>Too little ink to be a signature: sign across the pad</source>
        <translation>Trop peu de trait pour une signature : signez sur toute la surface</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Pavé de signature</translation>
    </message>
    <message>
        <source>Sign with a finger, pen or mouse. Ctrl+Z undoes a stroke, Delete clears.</source>
        <translation>Signez avec le doigt, un stylet ou la souris. Ctrl+Z annule un trait, Suppr efface tout.</translation>
    </message>
    <message>
        <source>✗  Sign here</source>
        <translation>✗  Signez ici</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&lt;h1&gt;Sync with the carrier&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Synchronisation avec le transporteur&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Paste the shop's token from the carrier</source>
        <translation>Collez le jeton de la boutique fourni par le transporteur</translation>
    </message>
    <message>
        <source>Shop token</source>
        <translation>Jeton de la boutique</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Appairer</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Appairage</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchro</translation>
    </message>
    <message>
        <source>Press Sync now at the end of the day (or any time).</source>
        <translation>Appuyez sur Synchroniser en fin de journée (ou à tout moment).</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Events sent</source>
        <translation>Événements envoyés</translation>
    </message>
    <message>
        <source>Accepted by the carrier</source>
        <translation>Acceptés par le transporteur</translation>
    </message>
    <message>
        <source>Already there (sent before)</source>
        <translation>Déjà reçus (envoyés avant)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Still waiting to be sent</source>
        <translation>Encore en attente d’envoi</translation>
    </message>
    <message>
        <source>New parcels expected</source>
        <translation>Nouveaux colis attendus</translation>
    </message>
    <message>
        <source>Parcels with new details</source>
        <translation>Colis avec de nouvelles informations</translation>
    </message>
    <message>
        <source>Proof files uploaded</source>
        <translation>Fichiers de preuve envoyés</translation>
    </message>
    <message>
        <source>Sent over the connection</source>
        <translation>Envoyé par la connexion</translation>
    </message>
    <message>
        <source>Still to send</source>
        <translation>Encore à envoyer</translation>
    </message>
    <message>
        <source>Rejected events (the carrier's reason)</source>
        <translation>Événements refusés (motif du transporteur)</translation>
    </message>
    <message>
        <source>Rejected events</source>
        <translation>Événements refusés</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <source>Last sync started {0}.</source>
        <translation>Dernière synchro commencée le {0}.</translation>
    </message>
    <message>
        <source>Not paired yet: enter the address and the token the carrier gave you.</source>
        <translation>Pas encore appairé : saisissez l’adresse et le jeton fournis par le transporteur.</translation>
    </message>
    <message>
        <source>Paired as shop {0} with {1}. The token is kept {2}.</source>
        <translation>Appairé comme boutique {0} avec {1}. Le jeton est conservé {2}.</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>in a file in the shop's data folder that only you can read</source>
        <translation>dans un fichier du dossier de données de la boutique, lisible par vous seul</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>It will not try again by itself.</source>
        <translation>Elle ne réessaiera pas toute seule.</translation>
    </message>
    <message>
        <source>Trying again by itself (the connection dropped)…</source>
        <translation>Nouvel essai automatique (la connexion a coupé)…</translation>
    </message>
    <message>
        <source>Sync done: {0}, {1}.</source>
        <translation>Synchro terminée : {0}, {1}.</translation>
    </message>
    <message>
        <source>Enter both the server address and the token.</source>
        <translation>Saisissez l’adresse du serveur et le jeton.</translation>
    </message>
    <message>
        <source>Checking the token with the carrier…</source>
        <translation>Vérification du jeton auprès du transporteur…</translation>
    </message>
    <message>
        <source>Paired with {0} as shop {1}.</source>
        <translation>Appairé avec {0} comme boutique {1}.</translation>
    </message>
    <message>
        <source>Pairing failed: {0}</source>
        <translation>L’appairage a échoué : {0}</translation>
    </message>
    <message>
        <source>Not paired.</source>
        <translation>Non appairé.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l’étape en cours…</translation>
    </message>
    <message>
        <source>Syncing automatically…</source>
        <translation>Synchronisation automatique…</translation>
    </message>
    <message numerus="yes">
        <source>The next try starts by itself in %n minute(s).</source>
        <translation>
            <numerusform>Le prochain essai démarrera tout seul dans %n minute.</numerusform>
            <numerusform>Le prochain essai démarrera tout seul dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next try starts by itself in %n second(s).</source>
        <translation>
            <numerusform>Le prochain essai démarrera tout seul dans %n seconde.</numerusform>
            <numerusform>Le prochain essai démarrera tout seul dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock: {0}</source>
        <translation>Horloge : {0}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>À traiter</translation>
    </message>
    <message numerus="yes">
        <source>Expected, not scanned</source>
        <translation>
            <numerusform>Attendu, non scanné</numerusform>
            <numerusform>Attendus, non scannés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned in today</source>
        <translation>
            <numerusform>Scanné aujourd’hui</numerusform>
            <numerusform>Scannés aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the shelf</source>
        <translation>
            <numerusform>En rayon</numerusform>
            <numerusform>En rayon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out for delivery</source>
        <translation>
            <numerusform>En livraison</numerusform>
            <numerusform>En livraison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered today</source>
        <translation>
            <numerusform>Livré aujourd’hui</numerusform>
            <numerusform>Livrés aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed today</source>
        <translation>
            <numerusform>Échec aujourd’hui</numerusform>
            <numerusform>Échecs aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for pickup</source>
        <translation>
            <numerusform>En attente de retrait</numerusform>
            <numerusform>En attente de retrait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returns to carrier</source>
        <translation>
            <numerusform>Retour au transporteur</numerusform>
            <numerusform>Retours au transporteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync</source>
        <translation>
            <numerusform>En attente de synchro</numerusform>
            <numerusform>En attente de synchro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <source>Data folder read-only</source>
        <translation>Dossier de données en lecture seule</translation>
    </message>
    <message>
        <source>Shop database in use</source>
        <translation>Base de données de la boutique occupée</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>The shop database cannot be opened</source>
        <translation>Impossible d’ouvrir la base de données de la boutique</translation>
    </message>
    <message>
        <source>The shop is open already: its window was brought to the front.</source>
        <translation>La boutique est déjà ouverte : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>The shop is open elsewhere</source>
        <translation>La boutique est ouverte ailleurs</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.

Everything you saved is safe in the shop database. If it happens again, send this file to support:
{0}</source>
        <translation>Un problème inattendu est survenu.

Tout ce que vous avez enregistré est en sécurité dans la base de données de la boutique. Si cela se reproduit, envoyez ce fichier à l’assistance :
{0}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
</TS>