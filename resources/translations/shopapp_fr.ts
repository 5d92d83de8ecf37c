<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>DayReport</name>
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
        <source>The day&apos;s figures</source>
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
        <source>Events of the day: {0} acknowledged, {1} waiting to send, {2} rejected.</source>
        <translation>Événements du jour : {0} confirmés, {1} en attente d’envoi, {2} refusés.</translation>
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
        <source>1 parcel</source>
        <translation>1 colis</translation>
    </message>
    <message>
        <source>{0} parcels</source>
        <translation>{0} colis</translation>
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
    <message>
        <source>Stops to go: {0} of {1}  ·  parcels to go: {2}</source>
        <translation>Arrêts restants : {0} sur {1}  ·  colis restants : {2}</translation>
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
    <message>
        <source>1 parcel has no outcome yet. Put it back on the shelf?</source>
        <translation>1 colis n’a pas encore de résultat. Le remettre en rayon ?</translation>
    </message>
    <message>
        <source>{0} parcels have no outcome yet. Put them back on the shelf?</source>
        <translation>{0} colis n’ont pas encore de résultat. Les remettre en rayon ?</translation>
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
        <source>Pair with the carrier&apos;s server (Sync page, Ctrl+7)</source>
        <translation>Appairer avec le serveur du transporteur (page Synchro, Ctrl+7)</translation>
    </message>
    <message>
        <source>Scan in the parcels from the van (Scan in, Ctrl+2)</source>
        <translation>Scanner les colis à la sortie de la camionnette (Arrivées, Ctrl+2)</translation>
    </message>
    <message>
        <source>Plan today&apos;s round and start the run (Plan, Ctrl+4)</source>
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
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Set location</source>
        <translation>Définir la position</translation>
    </message>
    <message>
        <source>Map: click the place</source>
        <translation>Carte : cliquez sur l&apos;endroit</translation>
    </message>
    <message>
        <source>Click the place on the map, or move the map with the arrow keys and press Enter. + and − zoom.</source>
        <translation>Cliquez sur l&apos;endroit sur la carte, ou déplacez la carte avec les flèches et appuyez sur Entrée. + et − zooment.</translation>
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
        <source>The neighbour&apos;s name</source>
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
        <source>{0} for {1}: {2}</source>
        <translation>{0} pour {1} : {2}</translation>
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
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
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
        <source>Name, tracking number or pickup code, or scan the customer&apos;s QR code</source>
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
        <source>Find the parcel, or scan the customer&apos;s code.</source>
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
        <source>The slip could not be written</source>
        <translation>L’avis n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Slip ready: {0}</source>
        <translation>Avis prêt : {0}</translation>
    </message>
    <message>
        <source>1 parcel waited too long and was moved to the returns.</source>
        <translation>1 colis a attendu trop longtemps et passe dans les retours.</translation>
    </message>
    <message>
        <source>{0} parcels waited too long and were moved to the returns.</source>
        <translation>{0} colis ont attendu trop longtemps et passent dans les retours.</translation>
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
    <message>
        <source>{0} addresses on the shelf are waiting to be planned. Press F5 to plan today.</source>
        <translation>{0} adresses en rayon attendent d’être planifiées. Appuyez sur F5 pour planifier la journée.</translation>
    </message>
    <message>
        <source>Van {0} · {1} stops · {2} parcels · {3} · {4}–{5} ({6})</source>
        <translation>Camionnette {0} · {1} arrêts · {2} colis · {3} · {4}–{5} ({6})</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
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
        <source>{0} routes · {1} stops · {2} parcels · {3} · {4} in all · {5} not on a route · {6}</source>
        <translation>{0} tournées · {1} arrêts · {2} colis · {3} · {4} au total · {5} hors tournée · {6}</translation>
    </message>
    <message>
        <source>Distances and times on the roads of the map.</source>
        <translation>Distances et durées sur les routes de la carte.</translation>
    </message>
    <message>
        <source>Distances are estimates (crow-fly × road factor, times at a set speed): load a road map for real ones.</source>
        <translation>Les distances sont des estimations (à vol d&apos;oiseau × facteur routier, durées à vitesse fixe) : chargez une carte routière pour des valeurs réelles.</translation>
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
        <source>Van {0} carries {1} parcels, more than its {2}.</source>
        <translation>La camionnette {0} transporte {1} colis, plus que ses {2}.</translation>
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
    <message>
        <source>No parcels on the shelf to plan.</source>
        <translation>Aucun colis en rayon à planifier.</translation>
    </message>
    <message>
        <source>Planning {0} addresses…</source>
        <translation>Planification de {0} adresses…</translation>
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
        <source>Mark {0} parcels as out for delivery and start the run?</source>
        <translation>Marquer {0} colis comme en livraison et lancer la tournée ?</translation>
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
        <source>{0} parcels are out for delivery. Good run!</source>
        <translation>{0} colis sont en livraison. Bonne tournée !</translation>
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
        <source>Type the name of the person who took the parcel.</source>
        <translation>Tapez le nom de la personne qui a pris le colis.</translation>
    </message>
    <message>
        <source>Type the neighbour&apos;s address.</source>
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
        <source>The signature is empty or too small. Ask the person to sign across the pad.</source>
        <translation>La signature est vide ou trop petite. Demandez à la personne de signer sur toute la surface.</translation>
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
        <source>Save the end-of-day report as a PDF (Ctrl+P)</source>
        <translation>Enregistrer le rapport de fin de journée en PDF (Ctrl+P)</translation>
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
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; scanned in · &lt;b&gt;{1}&lt;/b&gt; delivered · &lt;b&gt;{2}&lt;/b&gt; not delivered · &lt;b&gt;{3}&lt;/b&gt; picked up · &lt;b&gt;{4}&lt;/b&gt; returns</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; scannés · &lt;b&gt;{1}&lt;/b&gt; livrés · &lt;b&gt;{2}&lt;/b&gt; non livrés · &lt;b&gt;{3}&lt;/b&gt; retirés · &lt;b&gt;{4}&lt;/b&gt; retours</translation>
    </message>
    <message>
        <source>Events of the day: {0} acknowledged, {1} waiting to send, {2} rejected.</source>
        <translation>Événements du jour : {0} confirmés, {1} en attente d’envoi, {2} refusés.</translation>
    </message>
    <message>
        <source>{0} (deliveries: {1}, pickups: {2})</source>
        <translation>{0} (livraisons : {1}, retraits : {2})</translation>
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
        <source>The report was not saved</source>
        <translation>Le rapport n’a pas été enregistré</translation>
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
        <source>The CSV file was not saved</source>
        <translation>Le fichier CSV n’a pas été enregistré</translation>
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
        <source>Scan each parcel as it goes onto the carrier&apos;s van.</source>
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
    <message>
        <source>✔ {0} handed to the carrier. {1} left to return.</source>
        <translation>✔ {0} remis au transporteur. Reste {1} à retourner.</translation>
    </message>
    <message>
        <source>✗ {0} is not a return ({1}): keep it in the shop.</source>
        <translation>✗ {0} n’est pas un retour ({1}) : gardez-le à la boutique.</translation>
    </message>
    <message>
        <source>✗ {0} is not one of this shop&apos;s parcels.</source>
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
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>No road map is loaded: plans use estimated distances (crow-fly × road factor) and times. Load an OpenStreetMap extract (.osm.pbf) of your area; the carrier may also send one with the sync.</source>
        <translation>Aucune carte routière n&apos;est chargée : les tournées utilisent des distances et des durées estimées (à vol d&apos;oiseau × facteur routier). Chargez un extrait OpenStreetMap (.osm.pbf) de votre secteur ; le transporteur peut aussi en envoyer un lors de la synchronisation.</translation>
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
        <translation>La carte routière n&apos;a pas été chargée : {0}</translation>
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
        <source>{0:.1f} km</source>
        <translation>{0:.1f} km</translation>
    </message>
    <message>
        <source>{0:.1f} mi</source>
        <translation>{0:.1f} mi</translation>
    </message>
    <message>
        <source>To stop {0} · {1}</source>
        <translation>Vers l&apos;arrêt {0} · {1}</translation>
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
    <message>
        <source>{0} stops · {1} parcels · {2} · leave {3}, back {4} ({5})</source>
        <translation>{0} arrêts · {1} colis · {2} · départ {3}, retour {4} ({5})</translation>
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
    <message>
        <source>Writing the run sheet</source>
        <translation>Écriture de la feuille de route</translation>
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
    <message>
        <source>Put it on shelf {0}.</source>
        <translation>Posez-le sur le rayon {0}.</translation>
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
        <source>ALREADY RECEIVED</source>
        <translation>DÉJÀ REÇU</translation>
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
        <source>Kept as an unexpected parcel: put it on shelf {0} and add its address when you have a moment.</source>
        <translation>Gardé comme colis inattendu : posez-le sur le rayon {0} et ajoutez son adresse quand vous aurez un moment.</translation>
    </message>
    <message>
        <source>CHECK THE NUMBER</source>
        <translation>VÉRIFIEZ LE NUMÉRO</translation>
    </message>
    <message>
        <source>The label&apos;s check digit is wrong, but this number is on the manifest. Compare it with the label: the same? Press F8 to receive it. Not the same? Scan again.</source>
        <translation>La clé de contrôle de l&apos;étiquette est fausse, mais ce numéro figure sur le manifeste. Comparez-le avec l&apos;étiquette : identique ? Appuyez sur F8 pour le recevoir. Différent ? Scannez à nouveau.</translation>
    </message>
    <message>
        <source>OUTSIDE RADIUS</source>
        <translation>HORS ZONE</translation>
    </message>
    <message>
        <source>{0:.1f} km away: set it aside on the returns shelf {1} for the carrier.</source>
        <translation>À {0:.1f} km : mettez-le sur le rayon des retours {1} pour le transporteur.</translation>
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
        <source>Nothing was read: scan the label again.</source>
        <translation>Rien n’a été lu : scannez l’étiquette à nouveau.</translation>
    </message>
    <message>
        <source>The scanner sent unreadable characters: scan again; if it keeps happening, check the scanner&apos;s keyboard layout.</source>
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
        <source>This is a product barcode, not a parcel label: scan the carrier&apos;s label.</source>
        <translation>C’est un code-barres de produit, pas une étiquette de colis : scannez l’étiquette du transporteur.</translation>
    </message>
    <message>
        <source>Not a parcel label this shop knows: check the label or type the tracking number.</source>
        <translation>Cette étiquette de colis est inconnue de la boutique : vérifiez l’étiquette ou tapez le numéro de suivi.</translation>
    </message>
    <message>
        <source> · DAMAGED</source>
        <translation> · ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>⚠ Damage noted: the carrier is told at the next sync.</source>
        <translation>⚠ Dommage noté : le transporteur sera prévenu à la prochaine synchro.</translation>
    </message>
    <message>
        <source>⚠ DAMAGED noted on {0}.</source>
        <translation>⚠ ENDOMMAGÉ noté sur {0}.</translation>
    </message>
    <message>
        <source>Damage was already noted on {0}.</source>
        <translation>Le dommage était déjà noté sur {0}.</translation>
    </message>
    <message>
        <source>SCAN UNDONE</source>
        <translation>SCAN ANNULÉ</translation>
    </message>
    <message>
        <source>Take the parcel off shelf {0}: it counts as not scanned again.</source>
        <translation>Retirez le colis du rayon {0} : il compte de nouveau comme non scanné.</translation>
    </message>
    <message>
        <source>Not scanned yet: {0}</source>
        <translation>Pas encore scannés : {0}</translation>
    </message>
    <message>
        <source>SAME DAY  </source>
        <translation>JOUR MÊME  </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
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
        <source>Import the scanner&apos;s batch file</source>
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
        <source>Import failed: {0}</source>
        <translation>L’import a échoué : {0}</translation>
    </message>
    <message>
        <source>Imported {0} codes: {1} received, {2} already received, {3} not on manifest, {4} outside radius, {5} invalid.</source>
        <translation>{0} codes importés : {1} reçus, {2} déjà reçus, {3} hors manifeste, {4} hors zone, {5} invalides.</translation>
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
        <source>Shelf label size (4x6in or 62mm)</source>
        <translation>Format d’étiquette de rayon (4x6in ou 62mm)</translation>
    </message>
    <message>
        <source>Raw TCP label printer (host:port)</source>
        <translation>Imprimante d’étiquettes TCP brut (hôte:port)</translation>
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
        <source>Serial scanner port (empty: none)</source>
        <translation>Port du scanner série (vide : aucun)</translation>
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
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
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
        <source>&lt;b&gt;{0}&lt;/b&gt; at {1:.5f}, {2:.5f}; radius {3}; {4} vehicle(s) of {5} parcels</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; à {1:.5f}, {2:.5f} ; rayon {3} ; {4} véhicule(s) de {5} colis</translation>
    </message>
    <message>
        <source>✔ Saved. Restart the app to see every page in the new language.</source>
        <translation>✔ Enregistré. Redémarrez l’application pour voir toutes les pages dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>✔ Saved</source>
        <translation>✔ Enregistré</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Partner-shop parcel app {0}&lt;/h2&gt;&lt;p&gt;Road map data © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0). Routing: Valhalla (MIT). OpenStreetMap reading: pyosmium (BSD-2-Clause). Route planning: PyVRP (MIT). Carrier number formats: tracking_number_data (MIT). Interface: Qt for Python, PySide6 (LGPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Application des magasins partenaires {0}&lt;/h2&gt;&lt;p&gt;Données cartographiques © les contributeurs d&apos;OpenStreetMap, sous licence Open Database License (ODbL 1.0). Itinéraires : Valhalla (MIT). Lecture d&apos;OpenStreetMap : pyosmium (BSD-2-Clause). Planification des tournées : PyVRP (MIT). Formats des numéros de suivi : tracking_number_data (MIT). Interface : Qt for Python, PySide6 (LGPL-3.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
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
        <source>Place the shop</source>
        <translation>Placer le magasin</translation>
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
    <message>
        <source>{0} events waiting to sync</source>
        <translation>{0} événements en attente de synchro</translation>
    </message>
    <message>
        <source> · {0} rejected: see Sync</source>
        <translation> · {0} refusés : voir Synchro</translation>
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
        <source>Waiting for a signature</source>
        <translation>En attente d’une signature</translation>
    </message>
    <message>
        <source>✔ Signed</source>
        <translation>✔ Signé</translation>
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
        <source>Paste the shop&apos;s token from the carrier</source>
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
        <source>Rejected events (the carrier&apos;s reason)</source>
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
        <source>in a file in the shop&apos;s data folder that only you can read</source>
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
        <source>Trying again by itself (the connection dropped)…</source>
        <translation>Nouvel essai automatique (la connexion a coupé)…</translation>
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
        <source>Syncing automatically (back online)…</source>
        <translation>Synchronisation automatique (de nouveau en ligne)…</translation>
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
        <source>Clock: {0}</source>
        <translation>Horloge : {0}</translation>
    </message>
    <message>
        <source>Sync done: {0} sent, {1} new parcels expected.</source>
        <translation>Synchro terminée : {0} envoyés, {1} nouveaux colis attendus.</translation>
    </message>
    <message>
        <source>The sync stopped; nothing is lost.</source>
        <translation>La synchro s’est arrêtée ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>The connection keeps dropping, so this sync stopped part-way. What was sent is kept; the rest goes by itself in a moment, or press Sync now.</source>
        <translation>La connexion coupe sans cesse, la synchronisation s’est donc arrêtée en cours de route. Ce qui a été envoyé est acquis ; le reste part tout seul dans un instant, ou appuyez sur Synchroniser.</translation>
    </message>
    <message>
        <source>The carrier&apos;s server cannot be reached now. Everything is kept on this computer and goes with the next sync.</source>
        <translation>Le serveur du transporteur est injoignable pour le moment. Tout est conservé sur cet ordinateur et partira à la prochaine synchro.</translation>
    </message>
    <message>
        <source>The carrier no longer accepts this shop&apos;s token: ask for a new one and pair again.</source>
        <translation>Le transporteur n’accepte plus le jeton de cette boutique : demandez-en un nouveau et appairez à nouveau.</translation>
    </message>
    <message>
        <source>Pair with the carrier first (address and token above).</source>
        <translation>Appairez d’abord avec le transporteur (adresse et jeton ci-dessus).</translation>
    </message>
    <message>
        <source>The carrier&apos;s server could not prove who it is (certificate check failed). Nothing was sent. Check the address and this computer&apos;s date, or call support.</source>
        <translation>Le serveur du transporteur n’a pas pu prouver son identité (échec de la vérification du certificat). Rien n’a été envoyé. Vérifiez l’adresse et la date de cet ordinateur, ou appelez l’assistance.</translation>
    </message>
    <message>
        <source>Stopped. What was sent is kept; the rest goes next time.</source>
        <translation>Arrêté. Ce qui a été envoyé est conservé ; le reste partira la prochaine fois.</translation>
    </message>
    <message>
        <source>The sync stopped.</source>
        <translation>La synchro s’est arrêtée.</translation>
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
    <message>
        <source>Expected, not scanned</source>
        <translation>Attendus, non scannés</translation>
    </message>
    <message>
        <source>Scanned in today</source>
        <translation>Scannés aujourd’hui</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En rayon</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En livraison</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Livrés aujourd’hui</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Échecs aujourd’hui</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <translation>Retours au transporteur</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de synchro</translation>
    </message>
    <message>
        <source>⚠ {0} parcels on the manifest are not scanned in yet</source>
        <translation>⚠ {0} colis du manifeste ne sont pas encore scannés</translation>
    </message>
    <message>
        <source>⚠ {0} events were rejected by the carrier: see Sync</source>
        <translation>⚠ {0} événements ont été refusés par le transporteur : voir Synchro</translation>
    </message>
    <message>
        <source>⚠ {0} parcels are past their deadline</source>
        <translation>⚠ {0} colis ont dépassé leur date limite</translation>
    </message>
    <message>
        <source>⚠ {0} parcels have waited too long for pickup</source>
        <translation>⚠ {0} colis attendent leur retrait depuis trop longtemps</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Parcel {0} is “{1}”: it cannot be marked “{2}”.</source>
        <translation>Le colis {0} est « {1} » : il ne peut pas être marqué « {2} ».</translation>
    </message>
    <message>
        <source>No parcel {0} in this shop&apos;s records.</source>
        <translation>Aucun colis {0} dans les registres de cette boutique.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Un problème est survenu : {0}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {0}

Everything you saved is safe in the shop database. If it happens again, send this file to support:
{1}</source>
        <translation>Un problème inattendu est survenu : {0}

Tout ce que vous avez enregistré est en sécurité dans la base de données de la boutique. Si cela se reproduit, envoyez ce fichier à l’assistance :
{1}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
</TS>
